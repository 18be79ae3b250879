package org.huizong.form.read;

import java.util.List;

/** A workbook beyond a {@link WorkbookLimits} limit: which one, typed; the message is its Chinese text for the finding. */
public final class WorkbookTooLargeException extends Exception {

    private final FileProblem problem;
    private final List<Object> arguments;

    WorkbookTooLargeException(FileProblem problem, Object... arguments) {
        super(problem.text(arguments));
        if (problem.kind() != ReadProblem.Kind.TOO_LARGE) {
            throw new IllegalArgumentException(problem + " is not a limit");
        }
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /** The limit passed: {@link ReadProblem.Kind#TOO_LARGE}. */
    public FileProblem problem() {
        return problem;
    }

    /** The arguments of its text. */
    public List<Object> arguments() {
        return arguments;
    }
}
