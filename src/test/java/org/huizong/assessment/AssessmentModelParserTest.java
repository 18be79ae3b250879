package org.huizong.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huizong.form.FormCatalog;
import org.junit.jupiter.api.Test;

class AssessmentModelParserTest {

    private final AssessmentModelParser parser =
            new AssessmentModelParser(FormCatalog.bundled().get(FormCatalog.MONTHLY));

    private AssessmentModel parse(String yaml) {
        return parser.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yml");
    }

    private static String model(String indicator) {
        return """
                name: 测试模型
                version: "1"
                groups: [{name: 市直部门, members: CITY_DEPT}]
                indicators:
                %s
                grades: [{min: 60, grade: 合格}]
                grade-below: 不合格
                """.formatted(indicator.indent(2));
    }

    @Test
    void theDefaultModelIsTheOneOfAssessmentMdAndTheConfigFolderCarriesTheSameFile() throws IOException {
        AssessmentModel model = parser.load(Path.of("jobs/config"));
        assertThat(model.indicators())
                .extracting(Indicator::name)
                .containsExactly("报送及时", "数据质量", "依申请办结率", "复议诉讼纠错", "主动公开");
        assertThat(model.indicators()).extracting(i -> i.points().intValue()).containsExactly(15, 25, 15, 25, 20);
        assertThat(model.groups()).extracting(Group::name).containsExactly("市直部门", "区县");
        assertThat(model.grades().of(new java.math.BigDecimal("89.99"))).isEqualTo("良好");
        try (var bundled = AssessmentModelParser.class.getResourceAsStream(AssessmentModelParser.BUNDLED)) {
            assertThat(Files.readString(Path.of("jobs/config/assessment.yml")))
                    .isEqualTo(new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(model.sha256()).hasSize(64);
    }

    @Test
    void aFormulaNamingAnUnknownItemIsAnErrorNamingTheIndicator() {
        assertThatThrownBy(() -> parse(model(
                        "- {name: 办结率, points: 15, method: linear, numerator: T3.R24.C8, denominator: T3.R01.C7}")))
                .isInstanceOf(InvalidAssessmentModelException.class)
                .hasMessageContaining("test.yml")
                .hasMessageContaining("指标“办结率”")
                .hasMessageContaining("T3.R24.C8");
    }

    @Test
    void aFormulaThatDoesNotParseIsAnErrorNamingTheIndicator() {
        assertThatThrownBy(() -> parse(model(
                        "- {name: 纠错, points: 25, method: deduction, deductions: [{events: \"T4.RV.2 +\", per: 3}]}")))
                .isInstanceOf(InvalidAssessmentModelException.class)
                .hasMessageContaining("指标“纠错”")
                .hasMessageContaining("无法解析");
    }

    @Test
    void anUnknownMethodOrAMissingKeyIsNamed() {
        assertThatThrownBy(() -> parse(model("- {name: 及时, points: 15, method: average}")))
                .hasMessageContaining("指标“及时”")
                .hasMessageContaining("未知的计分方法“average”");
        assertThatThrownBy(() -> parse(model("- {name: 及时, points: 15, method: deduction}")))
                .hasMessageContaining("指标“及时”")
                .hasMessageContaining("deductions");
        assertThatThrownBy(() -> parse(model(
                        "- {name: 公开, points: 20, method: group-median, value: T1.A09.K1, county: mean-of-units}")))
                .hasMessageContaining("指标“公开”");
    }

    @Test
    void everyMethodCanBeWrittenInTheModel() {
        AssessmentModel model = parse(model("""
                - {name: 加分, points: 5, method: bonus, bonuses: [{what: 获奖, events: versions, per: 1}]}
                - {name: 分档, points: 10, method: thresholds, value: T3.R24.C7, steps: [{min: 10, points: 10}, {min: 1, points: 4}]}
                """));
        assertThat(model.indicators()).extracting(i -> i.method().code()).containsExactly("bonus", "thresholds");
        assertThatThrownBy(() -> parse(model(
                        "- {name: 分档, points: 5, method: thresholds, value: T3.R24.C7, steps: [{min: 1, points: 8}]}")))
                .hasMessageContaining("超过了指标分值");
    }
}
