package org.huizong.form.write;

import java.util.Map;
import java.util.Set;

/**
 * How a filled form is written. The official template uses {@link #official()}; the other switches reproduce what
 * real bureaus send (legacy .xls, fields in a title row, formulas, renamed and reordered sheets, extra rows and
 * columns, a 备注 column, half-width punctuation) and the structural mistakes the demo plants.
 */
public record WriteOptions(
        boolean legacyXls,
        boolean infoInTitleRow,
        boolean formulaTotals,
        boolean formulasWithoutCache,
        boolean aliasSheetNames,
        boolean reversedSheets,
        boolean blankRowsAndColumns,
        boolean remarkColumn,
        boolean halfWidthLabels,
        Set<String> omittedSheets,
        Map<String, String> labelOverrides) {

    public WriteOptions {
        omittedSheets = Set.copyOf(omittedSheets);
        labelOverrides = Map.copyOf(labelOverrides);
    }

    public static WriteOptions official() {
        return new WriteOptions(false, false, false, false, false, false, false, false, false, Set.of(), Map.of());
    }

    public String extension() {
        return legacyXls ? ".xls" : ".xlsx";
    }
}
