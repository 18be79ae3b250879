package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.huizong.submission.CellLayout;
import org.huizong.validation.ValueLocation;

/**
 * A file's values in one shape: its nonzero values as rows of {@code item_value}, and where every value was read from,
 * zeros included, as a cell layout shared by every file read from the same cells ({@link CellLayout}, table
 * {@code cell_layout}, named by {@code received_file.cell_layout}). It replaces the cells kept on each value row and the
 * text of a file's zeros in {@code zero_value} (V12), and the zero rows of the files stored before V12. The annual
 * roll-ups keep their nonzero figures alike. The view {@code unit_value} (V9) goes: the figures of a counted unit are read
 * where they are kept ({@code CountedValues}). Written in Java because that text is decoded here, the one place left that
 * reads it.
 */
public class V26__values_with_shared_cell_layouts extends BaseJavaMigration {

    /** Files carried over together: one query for their value rows, one for their zeros. */
    private static final int FILES_PER_STEP = 200;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE TABLE cell_layout (
                        layout CHAR(64)     NOT NULL,
                        item   VARCHAR(32)  NOT NULL,
                        sheet  VARCHAR(100),
                        cell   VARCHAR(12),
                        PRIMARY KEY (layout, item)
                    )""");
            ddl.execute("ALTER TABLE received_file ADD COLUMN cell_layout CHAR(64)");
        }
        List<Long> files = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("""
                     SELECT id FROM received_file f WHERE EXISTS (SELECT 1 FROM item_value v WHERE v.file_id = f.id)
                        OR EXISTS (SELECT 1 FROM zero_value z WHERE z.file_id = f.id) ORDER BY id""")) {
            while (rs.next()) {
                files.add(rs.getLong(1));
            }
        }
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < files.size(); from += FILES_PER_STEP) {
            carryOver(connection, files.subList(from, Math.min(files.size(), from + FILES_PER_STEP)), stored);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DELETE FROM item_value WHERE figure = 0");
            ddl.execute("DELETE FROM annual_rollup WHERE figure = 0");
            ddl.execute("DROP VIEW unit_value");
            ddl.execute("ALTER TABLE item_value DROP COLUMN sheet");
            ddl.execute("ALTER TABLE item_value DROP COLUMN cell");
            ddl.execute("DROP TABLE zero_value");
        }
    }

    /** Gives each of these files its layout, stored unless it is. */
    private static void carryOver(Connection connection, List<Long> files, Set<String> stored) throws SQLException {
        Map<Long, Map<String, ValueLocation>> cells = new LinkedHashMap<>();
        files.forEach(file -> cells.put(file, new HashMap<>()));
        String in = String.join(",", files.stream().map(String::valueOf).toList());
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery(
                        "SELECT file_id, item, sheet, cell FROM item_value WHERE file_id IN (" + in + ")")) {
            while (rs.next()) {
                cells.get(rs.getLong(1)).put(rs.getString(2), new ValueLocation(rs.getString(3), rs.getString(4)));
            }
        }
        try (Statement query = connection.createStatement();
                ResultSet rs =
                        query.executeQuery("SELECT file_id, cells FROM zero_value WHERE file_id IN (" + in + ")")) {
            while (rs.next()) {
                cells.get(rs.getLong(1)).putAll(zeroCells(rs.getString(2)));
            }
        }
        try (PreparedStatement layoutRow = connection.prepareStatement(
                        "INSERT INTO cell_layout (layout, item, sheet, cell) VALUES (?, ?, ?, ?)");
                PreparedStatement fileLayout =
                        connection.prepareStatement("UPDATE received_file SET cell_layout = ? WHERE id = ?")) {
            for (Map.Entry<Long, Map<String, ValueLocation>> file : cells.entrySet()) {
                CellLayout layout = CellLayout.of(file.getValue().keySet(), file.getValue());
                String key = layout.key();
                if (stored.add(key)) {
                    for (Map.Entry<String, ValueLocation> cell : layout.cells().entrySet()) {
                        layoutRow.setString(1, key);
                        layoutRow.setString(2, cell.getKey());
                        layoutRow.setString(3, cell.getValue().sheet());
                        layoutRow.setString(4, cell.getValue().a1());
                        layoutRow.addBatch();
                    }
                }
                fileLayout.setString(1, key);
                fileLayout.setLong(2, file.getKey());
                fileLayout.addBatch();
            }
            layoutRow.executeBatch();
            fileLayout.executeBatch();
        }
    }

    /**
     * The zeros of a file as V12 wrote them: for each sheet its name preceded by its length ({@code 6:主动公开情况}), or
     * {@code -:} for no known cell, then {@code item=cell} pairs (a bare item under {@code -:}) separated by commas, then
     * a semicolon.
     */
    static Map<String, ValueLocation> zeroCells(String text) {
        Map<String, ValueLocation> zeros = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            String sheet = null;
            int itemsFrom = colon + 1;
            if (!text.startsWith("-:", at)) {
                int length = Integer.parseInt(text.substring(at, colon));
                sheet = text.substring(colon + 1, colon + 1 + length);
                itemsFrom = colon + 1 + length;
            }
            int end = text.indexOf(';', itemsFrom);
            for (String pair : text.substring(itemsFrom, end).split(",")) {
                int equals = pair.indexOf('=');
                zeros.put(
                        equals < 0 ? pair : pair.substring(0, equals),
                        equals < 0
                                ? new ValueLocation(null, null)
                                : new ValueLocation(sheet, pair.substring(equals + 1)));
            }
            at = end + 1;
        }
        return zeros;
    }
}
