package org.huizong.period;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.CitySettings;
import org.huizong.unit.UnitDirectory;

/**
 * What one run of a job works on: the period, its form (and the catalog's other forms, to recognise a workbook sent
 * on the wrong one), the city's directory and settings, the folders, and the parts of the configuration the features
 * above read with it (the assessment model), by their type.
 */
public record RunContext(
        ReportPeriod period,
        FormDescriptor form,
        List<FormDescriptor> otherForms,
        UnitDirectory directory,
        CitySettings city,
        Path inputDir,
        Path outputDir,
        Path configDir,
        Map<Class<?>, Object> parts) {

    public RunContext {
        otherForms = List.copyOf(otherForms);
        parts = Map.copyOf(parts);
    }

    /** What the {@link ConfigurationPart} of this type read for the run. */
    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException(
                    "no configuration part " + type.getName() + " was read with the run context");
        }
        return type.cast(part);
    }

    /** {@code input/<period>/}. */
    public Path periodInput() {
        return inputDir.resolve(period.code());
    }

    /** {@code output/<period>/}. */
    public Path periodOutput() {
        return outputDir.resolve(period.code());
    }

    /** The same city, configuration and folders for another period (its form taken from the catalog). */
    public RunContext forPeriod(ReportPeriod other) {
        FormDescriptor otherForm = otherForms.stream()
                .filter(f -> f.code().equals(other.formCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no form " + other.formCode() + " in the catalog"));
        return new RunContext(other, otherForm, otherForms, directory, city, inputDir, outputDir, configDir, parts);
    }
}
