package org.huizong.form.read;

/** A structural problem of a submitted workbook, found while reading it; validation turns it into a finding. */
public record ReadProblem(Kind kind, String sheetName, String detail) {

    public enum Kind {
        /** Not a readable .xlsx/.xls: corrupt, encrypted, another format. */
        UNREADABLE,
        /** Beyond a limit of size, sheets, rows, cells or expansion ratio; {@code detail} says which. */
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

    static ReadProblem missingLabel(String sheetName, String label) {
        return new ReadProblem(Kind.MISSING_LABEL, sheetName, label);
    }
}
