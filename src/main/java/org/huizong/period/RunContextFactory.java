package org.huizong.period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.huizong.assessment.AssessmentModelParser;
import org.huizong.form.FormCatalog;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.CitySettings;
import org.huizong.unit.UnitDirectoryCsv;

/** Builds the {@link RunContext} of a run from its job parameters, reading the city's configuration once. */
public final class RunContextFactory {

    public RunContext create(String period, String input, String output, String config) {
        Path configDir = Path.of(config);
        try {
            ReportPeriod reportPeriod = ReportPeriod.parse(period);
            FormCatalog forms = FormCatalog.load(configDir);
            return new RunContext(reportPeriod, forms.get(reportPeriod.formCode()), forms.all(),
                    new UnitDirectoryCsv().read(configDir.resolve("units.csv")), CitySettings.read(configDir.resolve("city.yml")),
                    Path.of(input), Path.of(output), configDir,
                    new AssessmentModelParser(forms.get(FormCatalog.MONTHLY)).load(configDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration in " + configDir, e);
        }
    }
}
