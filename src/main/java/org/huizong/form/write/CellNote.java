package org.huizong.form.write;

/** A problem to show on a cell of a returned workbook: highlighted by severity, with the message as a comment. */
public record CellNote(String sheetName, String a1, Level level, String text) {

    public enum Level {
        BLOCKING,
        WARNING,
        NOTE
    }
}
