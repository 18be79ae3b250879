package org.huizong.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.huizong.validation.ValueLocation;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files stored before V26 — zeros as rows (before V12), or nonzero rows with their cells and the zeros listed in one
 * text (V12) — read the same after it, their cells kept in shared layouts and only the nonzero values left as rows, as
 * in the annual roll-ups.
 */
class CellLayoutMigrationTest {

    @Test
    void filesOfEitherEarlierShapeReadAsTheyWereStored() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:cell-layout-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).target("24").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long rows = StoredValuesTest.receivedFile(jdbc, "rows.xlsx");
        long listed = StoredValuesTest.receivedFile(jdbc, "listed.xlsx");
        long alike = StoredValuesTest.receivedFile(jdbc, "alike.xlsx");
        long none = StoredValuesTest.receivedFile(jdbc, "none.xlsx");
        value(jdbc, rows, "T1.A01.V", "0", "表;一", "C5");
        value(jdbc, rows, "T1.A02.V", "7", "表;一", "C6");
        value(jdbc, rows, "T4.R01.C1", "0", null, null);
        for (long file : new long[] {listed, alike}) {
            value(jdbc, file, "T1.A02.V", "7.5", "表;一", "C6");
            jdbc.sql("INSERT INTO zero_value (file_id, cells) VALUES (:file, :cells)")
                    .param("file", file)
                    .param("cells", "3:表;一T1.A01.V=C5;-:T4.R01.C1;")
                    .update();
        }

        jdbc.sql(
                        "INSERT INTO annual_rollup (period, unit_uscc, item, figure) VALUES ('2026', 'U', 'T3.R01.C1', 0), ('2026', 'U', 'T3.R01.C2', 4)")
                .update();

        Flyway.configure().dataSource(dataSource).load().migrate();

        StoredValues stored = new StoredValues(jdbc);
        for (long file : new long[] {rows, listed, alike}) {
            StoredValues.Located read = stored.located(file);
            assertThat(read.figures()).as("file %d", file).containsOnlyKeys("T1.A01.V", "T1.A02.V", "T4.R01.C1");
            assertThat(read.figures().get("T1.A01.V")).isEqualByComparingTo("0");
            assertThat(read.figures().get("T1.A02.V")).isEqualByComparingTo(file == rows ? "7" : "7.5");
            assertThat(read.locations())
                    .as("file %d", file)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "T1.A01.V",
                            new ValueLocation("表;一", "C5"),
                            "T1.A02.V",
                            new ValueLocation("表;一", "C6"),
                            "T4.R01.C1",
                            new ValueLocation(null, null)));
        }
        assertThat(stored.located(none).figures()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT layout) FROM cell_layout")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item_value WHERE figure = 0")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT item FROM annual_rollup")
                        .query(String.class)
                        .list())
                .as("a roll-up's nonzero figures")
                .containsExactly("T3.R01.C2");
    }

    private static void value(JdbcClient jdbc, long file, String item, String figure, String sheet, String cell) {
        jdbc.sql(
                        "INSERT INTO item_value (file_id, item, figure, sheet, cell) VALUES (:file, :item, :figure, :sheet, :cell)")
                .param("file", file)
                .param("item", item)
                .param("figure", new java.math.BigDecimal(figure))
                .param("sheet", sheet)
                .param("cell", cell)
                .update();
    }
}
