package org.huizong.portal.unit;

import java.util.List;

import org.huizong.form.FormDescriptor;
import org.huizong.form.PlainNumber;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The values a unit's file holds, each with its form labels and the sheet and cell it was read from. */
public final class ItemValues {

    /** A value and where it came from. */
    public record Cell(String item, String sheet, String row, String column, String sourceSheet, String sourceCell, String value) {
    }

    private final JdbcClient jdbc;

    public ItemValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file's values in form order (none when the file is another unit's). */
    public List<Cell> ofFile(String uscc, long fileId, FormDescriptor form) {
        List<String> order = form.itemCodes();
        return jdbc.sql("""
                        SELECT v.item, v.figure, v.sheet, v.cell FROM item_value v JOIN received_file f ON f.id = v.file_id
                        WHERE v.file_id = :file AND f.unit_uscc = :uscc
                        """)
                .param("file", fileId).param("uscc", uscc)
                .query((rs, n) -> cell(form, rs.getString(1), rs.getString(3), rs.getString(4), PlainNumber.format(rs.getBigDecimal(2))))
                .list().stream().sorted(java.util.Comparator.comparingInt(c -> order.indexOf(c.item()))).toList();
    }

    static Cell cell(FormDescriptor form, String item, String sheet, String cell, String value) {
        var descriptor = form.item(item);
        return new Cell(item, descriptor.map(d -> d.sheet().name()).orElse(""), descriptor.map(d -> d.row().displayLabel()).orElse(""),
                descriptor.map(d -> d.column().displayLabel()).orElse(""), sheet == null ? "" : sheet, cell == null ? "" : cell, value);
    }
}
