package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.huizong.form.InfoField;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.huizong.system.RunContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each counted unit's tables for the period in the official layout: {@code 年报/<county>/<unit>_2026年_…xlsx}. */
public final class UnitTablesExporter {

    public static final String FOLDER = "年报";

    private final JdbcClient jdbc;
    private final FormWorkbookWriter writer = new FormWorkbookWriter();

    public UnitTablesExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int export(RunContext run) throws IOException {
        record Unit(String uscc, String name, String county) {
        }
        Map<Unit, Map<String, BigDecimal>> units = new LinkedHashMap<>();
        Map<String, Unit> byUscc = new HashMap<>();
        jdbc.sql("""
                SELECT uv.uscc, uv.name, u.county_name, uv.item, uv.figure
                FROM unit_value uv JOIN period_unit u ON u.period = uv.period AND u.uscc = uv.uscc
                WHERE uv.period = :period ORDER BY u.county_code, uv.name, uv.uscc, uv.ordinal
                """).param("period", run.period().code()).query(rs -> {
            Unit unit = byUscc.computeIfAbsent(rs.getString(1), k -> {
                try {
                    return new Unit(rs.getString(1), rs.getString(2), rs.getString(3));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            units.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(rs.getString(4), rs.getBigDecimal(5));
        });
        for (Map.Entry<Unit, Map<String, BigDecimal>> entry : units.entrySet()) {
            Unit unit = entry.getKey();
            Map<String, String> info = Map.of(InfoField.UNIT_NAME, unit.name(), InfoField.USCC, unit.uscc(), InfoField.COUNTY,
                    unit.county(), InfoField.PERIOD, run.period().label(), InfoField.TEMPLATE, run.form().templateVersion());
            writer.write(run.form(), new FilledForm(info, entry.getValue(), Map.of()), WriteOptions.official(),
                    run.periodOutput().resolve(FOLDER).resolve(SafeFileName.of(unit.county()))
                            .resolve(SafeFileName.of(unit.name()) + "_" + run.period().label() + "_" + run.form().name() + ".xlsx"));
        }
        return units.size();
    }
}
