package org.huizong.system;

import java.nio.file.Path;
import java.util.List;

import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.CitySettings;
import org.huizong.unit.UnitDirectory;

/**
 * What one run of a job works on: the period, its form (and the catalog's other forms, to recognise a workbook sent
 * on the wrong one), the city's directory and settings, and the folders.
 */
public record RunContext(ReportPeriod period, FormDescriptor form, List<FormDescriptor> otherForms, UnitDirectory directory,
                         CitySettings city, Path inputDir, Path outputDir, Path configDir) {

    public RunContext {
        otherForms = List.copyOf(otherForms);
    }

    /** {@code input/<period>/}. */
    public Path periodInput() {
        return inputDir.resolve(period.code());
    }

    /** {@code output/<period>/}. */
    public Path periodOutput() {
        return outputDir.resolve(period.code());
    }
}
