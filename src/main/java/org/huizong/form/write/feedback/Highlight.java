package org.huizong.form.write.feedback;

import org.huizong.form.write.CellNote;

/** The fill of a problem cell by severity, as an index of Excel's legacy palette. */
enum Highlight {
    ROSE(45),
    LIGHT_ORANGE(52),
    LIGHT_TURQUOISE(41);

    final int paletteIndex;

    Highlight(int paletteIndex) {
        this.paletteIndex = paletteIndex;
    }

    static Highlight of(CellNote.Level level) {
        return switch (level) {
            case BLOCKING -> ROSE;
            case WARNING -> LIGHT_ORANGE;
            case NOTE -> LIGHT_TURQUOISE;
        };
    }
}
