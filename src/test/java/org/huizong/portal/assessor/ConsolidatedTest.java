package org.huizong.portal.assessor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The drill-down lists a county's units with the figure each counts with and the cell its current file gave it in. */
class ConsolidatedTest {

    private static final String LAYOUT = "a".repeat(64);

    @Test
    void eachUnitShowsItsCountedFigureAndItsCell() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:consolidated-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql(
                        "INSERT INTO form_item (form_code, item, ordinal) VALUES ('GIA-M', 'T1.A01.V', 0), ('GIA-M', 'T1.A02.V', 1)")
                .update();
        jdbc.sql(
                        "INSERT INTO cell_layout (layout, item, sheet, cell) VALUES (:l, 'T1.A01.V', '表一', 'C5'), (:l, 'T1.A02.V', '表一', 'C6')")
                .param("l", LAYOUT)
                .update();
        unit(jdbc, "U1", "甲单位");
        unit(jdbc, "U2", "乙单位");
        unit(jdbc, "U3", "丙单位");
        long first = file(jdbc, "U1", 1, "ACCEPTED");
        long second = file(jdbc, "U2", 2, "ACCEPTED_WITH_WARNINGS");
        file(jdbc, "U3", 1, "RETURNED");
        jdbc.sql("INSERT INTO item_value (file_id, item, figure) VALUES (:file, 'T1.A01.V', 12.5)")
                .param("file", first)
                .update();
        for (long counted : new long[] {first, second}) {
            jdbc.sql("""
                    INSERT INTO counted_unit (period, uscc, name, form_code, file_id)
                    SELECT period, unit_uscc, unit_name, form_code, id FROM received_file WHERE id = :file
                    """).param("file", counted).update();
        }

        List<Consolidated.UnitValue> units = new Consolidated(jdbc).units("2026-10", "990101", "T1.A01.V");

        assertThat(units)
                .extracting(u -> u.name() + "|" + u.value() + "|" + u.sheet() + "!" + u.cell() + "|" + u.version() + "|"
                        + u.status())
                .containsExactlyInAnyOrder(
                        "甲单位|12.5|表一!C5|1|ACCEPTED", "乙单位|0|表一!C5|2|ACCEPTED_WITH_WARNINGS", "丙单位||表一!C5|1|RETURNED");
        assertThat(new Consolidated(jdbc).units("2026-10", "990101", "T9.NONE"))
                .extracting(Consolidated.UnitValue::value)
                .as("an item of no counted unit's form")
                .containsOnly("");
    }

    private static void unit(JdbcClient jdbc, String uscc, String name) {
        jdbc.sql("""
                INSERT INTO period_unit (period, uscc, name, county_code, county_name, level, category)
                VALUES ('2026-10', :uscc, :name, '990101', '东城区', 'COUNTY_DEPT', '商务')
                """).param("uscc", uscc).param("name", name).update();
    }

    private static long file(JdbcClient jdbc, String uscc, int version, String status) {
        jdbc.sql("""
                INSERT INTO inbox_file (period, relative_path, sha256, size_bytes, received_at)
                VALUES ('2026-10', :path, :sha, 1, CURRENT_TIMESTAMP)
                """).param("path", uscc + ".xlsx").param("sha", "0".repeat(64)).update();
        jdbc.sql("""
                INSERT INTO received_file (inbox_id, period, form_code, relative_path, sha256, size_bytes, received_at, unit_uscc, unit_name,
                    status, version, is_current, ingested_at, cell_layout)
                SELECT id, '2026-10', 'GIA-M', relative_path, sha256, 1, CURRENT_TIMESTAMP, :uscc, :uscc, :status, :version, TRUE,
                    CURRENT_TIMESTAMP, :layout
                FROM inbox_file WHERE relative_path = :path
                """)
                .param("uscc", uscc)
                .param("status", status)
                .param("version", version)
                .param("layout", LAYOUT)
                .param("path", uscc + ".xlsx")
                .update();
        return jdbc.sql("SELECT id FROM received_file WHERE unit_uscc = :uscc")
                .param("uscc", uscc)
                .query(Long.class)
                .single();
    }
}
