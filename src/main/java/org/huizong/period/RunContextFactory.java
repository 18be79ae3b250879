package org.huizong.period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.CitySettings;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;

/**
 * Builds the {@link RunContext} of a run from its job parameters, reading the city's configuration once: its own
 * files, then the {@link ConfigurationPart}s it was given.
 */
public final class RunContextFactory {

    private final List<ConfigurationPart<?>> parts;

    public RunContextFactory(List<ConfigurationPart<?>> parts) {
        this.parts = List.copyOf(parts);
    }

    public RunContext create(String period, String input, String output, String config) {
        Path configDir = Path.of(config);
        try {
            ReportPeriod reportPeriod = ReportPeriod.parse(period);
            FormCatalog forms = FormCatalog.load(configDir);
            FormDescriptor form = forms.get(reportPeriod.formCode());
            List<FormDescriptor> all = forms.all();
            UnitDirectory directory = new UnitDirectoryCsv().read(configDir.resolve("units.csv"));
            CitySettings city = CitySettings.read(configDir.resolve("city.yml"));
            Map<Class<?>, Object> read = new HashMap<>();
            for (ConfigurationPart<?> part : parts) {
                read.put(part.type(), part.read(configDir, forms));
            }
            return new RunContext(
                    reportPeriod, form, all, directory, city, Path.of(input), Path.of(output), configDir, read);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration in " + configDir, e);
        }
    }

    /** When the files this factory reads last changed: a context built before they changed is stale. */
    public String stamp(Path configDir) {
        return ConfigurationStamp.of(configDir, parts);
    }
}
