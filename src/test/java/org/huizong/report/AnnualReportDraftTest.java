package org.huizong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huizong.fixtures.ConsistentValues;
import org.huizong.fixtures.DraftDocx;
import org.huizong.fixtures.DraftStatements;
import org.huizong.fixtures.ReportPdf;
import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.OfficialDocument;
import org.huizong.form.write.OfficialDocxWriter;
import org.huizong.output.pdf.OfficialPdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft of an annual report written from a set of figures: its three tables hold exactly those figures in the form's
 * official layout, its sentences state the same figures, the change against the year before is worked out, a year
 * without applications or cases says so, and a city's own texts replace the bundled ones.
 */
class AnnualReportDraftTest {

    private static final FormDescriptor ANNUAL = FormCatalog.bundled().get(FormCatalog.ANNUAL);
    private static final List<FormDescriptor> FORMS = FormCatalog.bundled().all();
    private static final List<String> TABLES = List.of("T2", "T3", "T4");

    @TempDir
    Path folder;

    @Test
    void theTablesHoldTheFiguresAndTheSentencesStateTheSame() throws IOException {
        Map<String, BigDecimal> values = ConsistentValues.monthly(7);
        DraftSubject subject = unit(values, new BigDecimal("40"));

        DraftDocx draft = write(compose(subject, null));

        Map<String, BigDecimal> read = draft.figures(ANNUAL, TABLES);
        assertThat(read).hasSize(ANNUAL.items().size());
        read.forEach((item, value) -> assertThat(value).as(item).isEqualByComparingTo(values.get(item)));
        Map<String, BigDecimal> stated = DraftStatements.stated(draft);
        DraftStatements.expected(values)
                .forEach((items, value) ->
                        assertThat(stated.get(items)).as(items).isEqualByComparingTo(value));
        assertThat(draft.title()).isEqualTo("示例市商务局2026年政府信息公开工作年度报告");
        assertThat(draft.paragraphs().get(0))
                .as("a long title breaks after the body's name")
                .startsWith("示例市商务局\n");
        assertThat(draft.paragraphs().get(1)).isEqualTo("（草稿）");
        assertThat(draft.paragraphs())
                .containsSubsequence(
                        "一、总体情况",
                        "二、主动公开政府信息情况",
                        "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况",
                        "五、存在的主要问题及改进情况",
                        "六、其他需要报告的事项");
        assertThat(draft.text()).doesNotContain("{", "}").contains("【请填写：");
        assertThat(draft.after("五、存在的主要问题及改进情况")).startsWith("【请填写：").endsWith("】");
    }

    @Test
    void newApplicationsAreComparedWithTheYearBefore() throws IOException {
        Map<String, BigDecimal> values = ConsistentValues.monthly(7);
        BigDecimal received = values.get("T3.R01.C7");
        BigDecimal previous = received.subtract(BigDecimal.valueOf(4)).max(BigDecimal.ONE);
        String applications = write(compose(unit(values, previous), null)).after("（二）依申请公开");
        BigDecimal difference = received.subtract(previous);
        String percent = difference
                .multiply(BigDecimal.valueOf(100))
                .divide(previous, 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertThat(applications).contains("比上年（" + previous + "件）增加" + difference + "件，增长" + percent + "%");

        String lower =
                write(compose(unit(values, received.add(BigDecimal.TEN)), null)).after("（二）依申请公开");
        assertThat(lower).contains("比上年（" + received.add(BigDecimal.TEN) + "件）减少10件");
        assertThat(write(compose(unit(values, null), null)).after("（二）依申请公开")).doesNotContain("上年（");
    }

    @Test
    void aYearWithoutApplicationsOrCasesSaysSo() throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        ANNUAL.items().forEach(item -> values.put(item.code(), BigDecimal.ZERO));
        DraftDocx draft = write(compose(unit(values, BigDecimal.ZERO), null));
        assertThat(draft.after("（二）依申请公开")).contains("未收到政府信息公开申请，与上年持平");
        assertThat(draft.after("（三）行政复议和行政诉讼")).contains("未发生因政府信息公开引起的行政复议和行政诉讼案件");
        assertThat(draft.after("（一）主动公开")).contains("全年未制发、废止规章和行政规范性文件");
        assertThat(draft.figures(ANNUAL, TABLES).values())
                .allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void reviewsAndLawsuitsNameOnlyTheResultsThatOccurred() throws IOException {
        Map<String, BigDecimal> values = ConsistentValues.monthly(5);
        for (String group : List.of("RV", "LD", "LR")) {
            for (int k = 1; k <= 5; k++) {
                values.put("T4." + group + "." + k, BigDecimal.ZERO);
            }
        }
        values.put("T4.RV.1", BigDecimal.valueOf(2));
        values.put("T4.RV.5", BigDecimal.valueOf(2));
        String reviews = write(compose(unit(values, null), null)).after("（三）行政复议和行政诉讼");
        assertThat(reviews).isEqualTo("2026年，本机关因政府信息公开被申请行政复议2件，其中结果维持2件；未被提起政府信息公开行政诉讼。" + "行政复议和行政诉讼中没有结果被纠正的案件。");
    }

    @Test
    void aCitysOwnTextsReplaceTheBundledOnes() throws IOException {
        Path config = Files.createDirectories(folder.resolve("config"));
        Files.writeString(config.resolve(DraftText.OVERRIDE), "title={body}{year}年度政府信息公开工作报告\nsubject.unit=我局\n");
        DraftDocx draft = write(compose(unit(ConsistentValues.monthly(3), null), config));
        assertThat(draft.title()).isEqualTo("示例市商务局2026年度政府信息公开工作报告");
        assertThat(draft.after("（二）依申请公开")).startsWith("2026年，我局新收政府信息公开申请");
    }

    @Test
    void thePdfReadsTheSameInTheBundledFont() throws IOException {
        Map<String, BigDecimal> values = ConsistentValues.monthly(11);
        OfficialDocument document = compose(unit(values, null), null);
        Path pdf = folder.resolve("draft.pdf");
        new OfficialPdfWriter().write(document, pdf);
        ReportPdf read = ReportPdf.read(pdf);
        assertThat(read.fontsNotEmbedded()).isEmpty();
        assertThat(read.text().replaceAll("\\s", ""))
                .contains("示例市商务局2026年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "新收政府信息公开申请" + values.get("T3.R01.C7") + "件");
    }

    private static DraftSubject unit(Map<String, BigDecimal> values, BigDecimal previousApplications) {
        Map<String, BigDecimal> annual = new HashMap<>();
        Map<String, BigDecimal> monthly = new HashMap<>();
        values.forEach((item, value) -> (ANNUAL.item(item).isPresent() ? annual : monthly).put(item, value));
        return new DraftSubject(
                DraftSubject.Kind.UNIT, "示例市商务局", annual, monthly, 12, "", 0, previousApplications, 1, 1);
    }

    private static OfficialDocument compose(DraftSubject subject, Path config) {
        return new DraftComposer(DraftText.load(config, FORMS), ANNUAL).compose(subject, 2026);
    }

    private DraftDocx write(OfficialDocument document) throws IOException {
        Path file = Files.createTempFile(folder, "draft", ".docx");
        new OfficialDocxWriter().write(document, file);
        return DraftDocx.read(file);
    }
}
