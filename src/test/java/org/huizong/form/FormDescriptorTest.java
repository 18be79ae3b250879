package org.huizong.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormDescriptorTest {

    private final FormCatalog catalog = FormCatalog.bundled();

    @Test
    void monthlyFormHasEveryItemOfFormsMd() {
        FormDescriptor form = catalog.get("GIA-M");
        assertThat(form.items()).hasSize(64 + 10 + 175 + 15);
        assertThat(form.itemCodes()).contains("T1.A09.K6", "T1.B04.V", "T1.D06.V", "T2.G6.M5", "T3.R25.C7", "T4.LR.5");
        assertThat(form.item("T2.G6.M5").orElseThrow().type()).isEqualTo(ValueType.AMOUNT);
        assertThat(form.item("T3.R01.C1").orElseThrow().type()).isEqualTo(ValueType.COUNT);
    }

    @Test
    void annualFormHasNoTable1AndTheAnnualWording() {
        FormDescriptor form = catalog.get("GIA-Y");
        assertThat(form.items()).hasSize(10 + 175 + 15);
        assertThat(form.periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(form.item("T3.R01.C1").orElseThrow().row().label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(form.item("T3.R25.C1").orElseThrow().row().label()).isEqualTo("四、结转下年度继续办理");
        assertThat(form.item("T2.G1.M1").orElseThrow().column().label()).isEqualTo("本年制发件数");
    }

    @Test
    void timeAggregationFollowsTheTableOfFormsMd() {
        FormDescriptor form = catalog.get("GIA-M");
        assertThat(form.item("T1.A01.K1").orElseThrow().aggregation()).isEqualTo(TimeAggregation.SUM);
        assertThat(form.item("T2.G1.M1").orElseThrow().aggregation()).isEqualTo(TimeAggregation.SUM);
        assertThat(form.item("T2.G2.M3").orElseThrow().aggregation()).isEqualTo(TimeAggregation.LAST);
        assertThat(form.item("T3.R01.C3").orElseThrow().aggregation()).isEqualTo(TimeAggregation.SUM);
        assertThat(form.item("T3.R02.C3").orElseThrow().aggregation()).isEqualTo(TimeAggregation.FIRST);
        assertThat(form.item("T3.R24.C7").orElseThrow().aggregation()).isEqualTo(TimeAggregation.SUM);
        assertThat(form.item("T3.R25.C3").orElseThrow().aggregation()).isEqualTo(TimeAggregation.LAST);
        assertThat(form.item("T4.RV.2").orElseThrow().aggregation()).isEqualTo(TimeAggregation.LAST);
    }

    @Test
    void identitiesAreDerivedFromTheDeclaredTotals() {
        FormDescriptor form = catalog.get("GIA-M");
        assertThat(form.identities()).filteredOn(i -> i.rule().equals("T1-SUM")).hasSize(6);
        assertThat(form.identities())
                .filteredOn(i -> i.rule().equals("T1-DEDUP"))
                .hasSize(9);
        assertThat(form.identities()).filteredOn(i -> i.rule().equals("T3-COL")).hasSize(25);
        assertThat(form.identities()).filteredOn(i -> i.rule().equals("T3-SUM")).hasSize(7);
        assertThat(form.identities()).filteredOn(i -> i.rule().equals("T3-BAL")).hasSize(7);
        assertThat(form.identities()).filteredOn(i -> i.rule().equals("T4-SUM")).hasSize(3);
        Identity balance = form.identities().stream()
                .filter(i -> i.rule().equals("T3-BAL"))
                .findFirst()
                .orElseThrow();
        assertThat(balance.left()).containsExactly("T3.R01.C1", "T3.R02.C1");
        assertThat(balance.right()).containsExactly("T3.R24.C1", "T3.R25.C1");
        Identity sum = form.identities().stream()
                .filter(i -> i.rule().equals("T3-SUM"))
                .findFirst()
                .orElseThrow();
        assertThat(sum.right()).hasSize(21).startsWith("T3.R03.C1").endsWith("T3.R23.C1");
        assertThat(form.carryOvers()).hasSize(7).first().isEqualTo(new CarryOver("P-CARRY", "T3.R02.C1", "T3.R25.C1"));
    }

    @Test
    void aNewFormIsADescriptorFile() throws Exception {
        String yaml = """
                code: TEST-1
                name: 测试表
                period: MONTH
                template-version: TEST-1/1
                info: {sheet: 基本信息, fields: [{key: unit_name, label: 填报单位}]}
                sheets:
                  - code: S1
                    name: 表一
                    title: 表一 测试
                    blocks:
                      - code: A
                        columns: [{code: X, label: [数量]}, {code: Y, label: [金额], type: AMOUNT}]
                        rows: [{code: R1, label: [甲]}, {code: R2, label: [乙]}, {code: R3, label: [合计]}]
                        identities: [{rule: MY-SUM, each: column, left: [R3], right: [R1..R2]}]
                """;
        FormDescriptor form = new FormDescriptorParser()
                .parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
        assertThat(form.itemCodes()).containsExactly("S1.R1.X", "S1.R1.Y", "S1.R2.X", "S1.R2.Y", "S1.R3.X", "S1.R3.Y");
        assertThat(form.identities())
                .extracting(Identity::left)
                .containsExactly(java.util.List.of("S1.R3.X"), java.util.List.of("S1.R3.Y"));
    }

    @Test
    void aDescriptorReferringToAnUnknownItemFailsNamingTheFile() {
        String yaml = """
                code: BAD
                name: 坏表
                period: MONTH
                template-version: BAD/1
                info: {sheet: 基本信息, fields: []}
                sheets:
                  - code: S1
                    name: 表一
                    title: 表一
                    blocks: [{code: A, columns: [{code: X, label: [数量]}], rows: [{code: R1, label: [甲]}]}]
                identities: [{rule: X, left: [S1.R1.X], right: [S1.R9.X]}]
                """;
        assertThatThrownBy(() -> new FormDescriptorParser()
                        .parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yml"))
                .isInstanceOf(InvalidFormDescriptorException.class)
                .hasMessageContaining("bad.yml")
                .hasMessageContaining("S1.R9.X");
    }

    @Test
    void labelsCompareAcrossWidthSpacesQuotesAndEnumeration() {
        assertThat(LabelText.sameLabel("（二）部分公开", "(二) 部分\n公开")).isTrue();
        assertThat(LabelText.sameLabel("3.危及“三安全一稳定”", "３．危及\"三安全一稳定\"")).isTrue();
        assertThat(LabelText.sameLabel("1.属于国家秘密", "1、属于国家秘密")).isTrue();
        assertThat(LabelText.sameLabel("合计", "总计")).isFalse();
    }

    @Test
    void periodsParseAndChain() {
        ReportPeriod january = ReportPeriod.parse("2026-01");
        assertThat(january.previous().code()).isEqualTo("2025-12");
        assertThat(january.label()).isEqualTo("2026年1月");
        assertThat(january.parseWritten("2026年1月")).isEqualTo(january);
        assertThat(january.parseWritten("２０２６－０１")).isEqualTo(january);
        assertThat(ReportPeriod.parse("2026").previous().code()).isEqualTo("2025");
        assertThat(ReportPeriod.parse("2026-10").deadline(5, "01-31")).isEqualTo(java.time.LocalDate.of(2026, 11, 5));
        assertThatThrownBy(() -> ReportPeriod.parse("2026/10")).isInstanceOf(IllegalArgumentException.class);
    }
}
