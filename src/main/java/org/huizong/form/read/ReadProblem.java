package org.huizong.form.read;

/**
 * A problem of a submitted workbook, found while reading it; validation turns it into a finding. A file refused as a
 * whole ({@link Kind#UNREADABLE}, {@link Kind#TOO_LARGE}) says why in {@code file}, typed; the others have none.
 */
public record ReadProblem(Kind kind, String sheetName, String detail, FileProblem file) {

    public enum Kind {
        /** Not a readable .xlsx/.xls: corrupt, encrypted, another format; {@code file} says which. */
        UNREADABLE,
        /** Beyond a limit of size, sheets, rows, cells or expansion ratio; {@code file} says which, {@code detail} in Chinese. */
        TOO_LARGE,
        /** No sheet of the form was found. */
        NO_FORM_SHEET,
        /** The workbook is another form of the catalog, complete; {@code detail} is that form's name. */
        OTHER_FORM,
        /** A sheet the form requires is missing; {@code detail} is the form's sheet name. */
        MISSING_SHEET,
        /** A row, column or block label was not found; {@code detail} is the label. */
        MISSING_LABEL
    }

    public ReadProblem {
        if ((file != null) != (kind == Kind.UNREADABLE || kind == Kind.TOO_LARGE)
                || file != null && file.kind() != kind) {
            throw new IllegalArgumentException(kind + " with the file problem " + file);
        }
    }

    /** A problem of the workbook's sheets or labels. */
    public ReadProblem(Kind kind, String sheetName, String detail) {
        this(kind, sheetName, detail, null);
    }

    /** The file refused as a whole; {@code detail} is the problem's text. */
    static ReadProblem refusal(FileProblem problem, Object... arguments) {
        return new ReadProblem(problem.kind(), "", problem.text(arguments), problem);
    }

    static ReadProblem missingLabel(String sheetName, String label) {
        return new ReadProblem(Kind.MISSING_LABEL, sheetName, label);
    }
}
