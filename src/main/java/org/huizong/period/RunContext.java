package org.huizong.period;

import java.nio.file.Path;
import java.util.List;

import org.huizong.assessment.AssessmentModel;
import org.huizong.form.FormDescriptor;
import org.huizong.form.ReportPeriod;
import org.huizong.unit.CitySettings;
import org.huizong.unit.UnitDirectory;

/**
 * What one run of a job works on: the period, its form (and the catalog's other forms, to recognise a workbook sent
 * on the wrong one), the city's directory, settings and assessment model, and the folders.
 */
public record RunContext(ReportPeriod period, FormDescriptor form, List<FormDescriptor> otherForms, UnitDirectory directory,
                         CitySettings city, Path inputDir, Path outputDir, Path configDir,
                         AssessmentModel assessment) {

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

    /** The same city, configuration and folders for another period (its form taken from the catalog). */
    public RunContext forPeriod(ReportPeriod other) {
        FormDescriptor otherForm = otherForms.stream().filter(f -> f.code().equals(other.formCode())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no form " + other.formCode() + " in the catalog"));
        return new RunContext(other, otherForm, otherForms, directory, city, inputDir, outputDir, configDir, assessment);
    }
}
