package org.huizong.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huizong.consolidation.CountedUnits;
import org.huizong.consolidation.ScopeValues;
import org.huizong.form.InfoField;
import org.huizong.form.write.FilledForm;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.form.write.WriteOptions;
import org.huizong.output.SafeFileName;
import org.huizong.period.RunContext;
import org.huizong.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each counted unit's tables for the period in the official layout: {@code 年报/<county>/<unit>_2026年_…xlsx}. Units
 * are written one at a time, each read by itself, so that a province's tens of thousands take no more memory than one.
 */
public final class UnitTablesExporter {

    public static final String FOLDER = Messages.text("report.unitTables.folder");

    private final JdbcClient jdbc;
    private final ScopeValues values;
    private final FormWorkbookWriter writer = new FormWorkbookWriter();

    public UnitTablesExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.values = new ScopeValues(jdbc);
    }

    public int export(RunContext run) throws IOException {
        List<CountedUnits.InCounty> units =
                new CountedUnits(jdbc).byCounty(run.period().code());
        for (CountedUnits.InCounty unit : units) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            values.ofUnit(run.period().code(), unit.uscc())
                    .forEach(figure -> figures.put(figure.item(), figure.value()));
            Map<String, String> info = Map.of(
                    InfoField.UNIT_NAME,
                    unit.name(),
                    InfoField.USCC,
                    unit.uscc(),
                    InfoField.COUNTY,
                    unit.countyName(),
                    InfoField.PERIOD,
                    run.period().label(),
                    InfoField.TEMPLATE,
                    run.form().templateVersion());
            writer.write(
                    run.form(),
                    new FilledForm(info, figures, Map.of()),
                    WriteOptions.official(),
                    run.periodOutput()
                            .resolve(FOLDER)
                            .resolve(SafeFileName.of(unit.countyName()))
                            .resolve(SafeFileName.of(unit.name()) + "_"
                                    + run.period().label() + "_" + run.form().name() + ".xlsx"));
        }
        return units.size();
    }
}
