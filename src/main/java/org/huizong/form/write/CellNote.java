package org.huizong.form.write;

import org.huizong.text.Messages;

/** A problem to show on a cell of a returned workbook: highlighted by severity, with the message as a comment. */
public record CellNote(String sheetName, String a1, Level level, String text) {

    /** Who signs the comments the notes become. */
    public static final String AUTHOR = Messages.text("write.note.author");

    /** How severe a note is, which decides the cell's fill. */
    public enum Level {
        BLOCKING(45),
        WARNING(52),
        NOTE(41);

        private final int fill;

        Level(int fill) {
            this.fill = fill;
        }

        /** The fill of a cell with this note, as an index of Excel's legacy palette: rose, light orange, light turquoise. */
        public int fill() {
            return fill;
        }
    }
}
