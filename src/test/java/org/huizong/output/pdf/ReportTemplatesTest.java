package org.huizong.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The build compiles every report template; what it compiled declares the same page, parameters and fields as its source. */
class ReportTemplatesTest {

    static final List<String> NAMES = ReportTemplates.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void theBuildCompiledTheTemplateAsItsSourceDeclaresIt(String name) {
        assertThat(ReportTemplates.class.getResource("/reports/" + name + ReportTemplates.COMPILED))
                .as("compiled by the build")
                .isNotNull();
        JasperReport loaded = ReportTemplates.load(name);
        JasperReport compiled = ReportTemplates.compile(name);
        assertThat(loaded.getName()).isEqualTo(compiled.getName());
        assertThat(loaded.getPageWidth()).isEqualTo(compiled.getPageWidth());
        assertThat(parameters(loaded)).isEqualTo(parameters(compiled));
        assertThat(loaded.getFields() == null ? 0 : loaded.getFields().length)
                .isEqualTo(compiled.getFields() == null ? 0 : compiled.getFields().length);
    }

    private static String parameters(JasperReport report) {
        return Arrays.stream(report.getParameters())
                .filter(p -> !p.isSystemDefined())
                .map(JRParameter::getName)
                .sorted()
                .toList()
                .toString();
    }
}
