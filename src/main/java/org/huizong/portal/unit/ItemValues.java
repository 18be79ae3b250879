package org.huizong.portal.unit;

import java.util.Comparator;
import java.util.List;
import org.huizong.form.FormDescriptor;
import org.huizong.form.PlainNumber;
import org.huizong.submission.StoredValues;
import org.huizong.submission.UnitFiles;
import org.huizong.validation.ValueLocation;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The values a unit's file holds, each with its form labels and the sheet and cell it was read from. */
public final class ItemValues {

    /** A value and where it came from. */
    public record Cell(
            String item,
            String sheet,
            String row,
            String column,
            String sourceSheet,
            String sourceCell,
            String value) {}

    private final JdbcClient jdbc;
    private final StoredValues stored;

    public ItemValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.stored = new StoredValues(jdbc);
    }

    /** The file's values in form order (none when the file is another unit's). */
    public List<Cell> ofFile(String uscc, long fileId, FormDescriptor form) {
        boolean own = new UnitFiles(jdbc).isFrom(fileId, uscc);
        if (!own) {
            return List.of();
        }
        List<String> order = form.itemCodes();
        StoredValues.Located values = stored.located(fileId);
        return values.figures().entrySet().stream()
                .map(value -> {
                    ValueLocation location =
                            values.locations().getOrDefault(value.getKey(), new ValueLocation(null, null));
                    return cell(
                            form,
                            value.getKey(),
                            location.sheet(),
                            location.a1(),
                            PlainNumber.format(value.getValue()));
                })
                .sorted(Comparator.comparingInt(c -> order.indexOf(c.item())))
                .toList();
    }

    static Cell cell(FormDescriptor form, String item, String sheet, String cell, String value) {
        var descriptor = form.item(item);
        return new Cell(
                item,
                descriptor.map(d -> d.sheet().name()).orElse(""),
                descriptor.map(d -> d.row().displayLabel()).orElse(""),
                descriptor.map(d -> d.column().displayLabel()).orElse(""),
                sheet == null ? "" : sheet,
                cell == null ? "" : cell,
                value);
    }
}
