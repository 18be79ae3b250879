package org.huizong.form.read;

/** A file that is not a workbook the reader can open: corrupt, encrypted, another format renamed. */
public final class UnreadableWorkbookException extends Exception {

    private final FileProblem problem;

    UnreadableWorkbookException(String detail, Throwable cause) {
        this(FileProblem.CORRUPT, detail, cause);
    }

    UnreadableWorkbookException(FileProblem problem, Throwable cause) {
        this(problem, problem.name(), cause);
    }

    UnreadableWorkbookException(FileProblem problem, String detail, Throwable cause) {
        super(detail, cause);
        if (problem.kind() != ReadProblem.Kind.UNREADABLE) {
            throw new IllegalArgumentException(problem + " is not a reason a file is unreadable");
        }
        this.problem = problem;
    }

    /** What kind of unreadable: {@link ReadProblem.Kind#UNREADABLE}. */
    public FileProblem problem() {
        return problem;
    }
}
