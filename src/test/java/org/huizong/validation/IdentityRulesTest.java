package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;

/** rules.md identities inside one submission and plausibility rules: one fixture workbook per rule. */
class IdentityRulesTest extends RuleFixture {

    @Test
    void T1SumCategoryTotal() throws Exception {
        add("T1.A09.K3", 1);
        assertFindings(check(WriteOptions.official()), "T1-SUM@T1.A09.K3");
    }

    @Test
    void T1DedupDistinctItemsBelowTheLargestChannel() throws Exception {
        BigDecimal largest = values.get("T1.A01.K2")
                .max(values.get("T1.A01.K3"))
                .max(values.get("T1.A01.K4"))
                .max(values.get("T1.A01.K5"))
                .max(values.get("T1.A01.K6"));
        BigDecimal drop = values.get("T1.A01.K1").subtract(largest).add(BigDecimal.ONE);
        add("T1.A01.K1", -drop.intValue());
        add("T1.A09.K1", -drop.intValue());
        assertFindings(check(WriteOptions.official()), "T1-DEDUP@T1.A01.K1");
    }

    @Test
    void T1ConsBlankTotalOverNonZeroParts() throws Exception {
        values.remove("T1.B04.V");
        values.put("T1.B01.V", BigDecimal.valueOf(5));
        Result result = check(WriteOptions.official());
        assertFindings(result, "T1-CONS@T1.B04.V");
        Finding finding = result.checked().findings().get(0);
        assertThat(finding.left()).isEqualByComparingTo("0");
        assertThat(finding.right())
                .isEqualByComparingTo(
                        values.get("T1.B01.V").add(values.get("T1.B02.V")).add(values.get("T1.B03.V")));
    }

    @Test
    void T1ChanApplicationChannels() throws Exception {
        add("T1.D01.V", 1);
        assertFindings(check(WriteOptions.official()), "T1-CHAN@T1.D06.V");
    }

    @Test
    void XApplyTable1AgainstTable3() throws Exception {
        add("T1.D01.V", 1);
        add("T1.D06.V", 1);
        assertFindings(check(WriteOptions.official()), "X-APPLY@T1.D06.V");
    }

    @Test
    void T3ColApplicantKinds() throws Exception {
        String donor = java.util.stream.IntStream.rangeClosed(4, 23)
                .mapToObj(r -> String.format("T3.R%02d.C1", r))
                .filter(item -> values.get(item).signum() > 0)
                .findFirst()
                .orElseThrow();
        add("T3.R03.C1", 1);
        add(donor, -1);
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings())
                .extracting(Finding::rule)
                .containsOnly("T3-COL")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.checked().findings()).extracting(Finding::cell).contains(cellOf(result, "T3.R03.C7"));
    }

    @Test
    void T3SumHandlingResults() throws Exception {
        String column = columnWithPending();
        add("T3.R24." + column, 1);
        add("T3.R25." + column, -1);
        add("T3.R24.C7", 1);
        add("T3.R25.C7", -1);
        assertFindings(check(WriteOptions.official()), "T3-SUM@T3.R24." + column, "T3-SUM@T3.R24.C7");
    }

    @Test
    void T3BalReceivedAndCarriedAgainstSettledAndPending() throws Exception {
        add("T3.R01.C1", 1);
        add("T3.R01.C7", 1);
        add("T1.D01.V", 1);
        add("T1.D06.V", 1);
        Result result = check(WriteOptions.official());
        assertFindings(result, "T3-BAL@T3.R01.C1", "T3-BAL@T3.R01.C7");
        Finding finding = result.checked().findings().get(0);
        assertThat(finding.left().subtract(finding.right())).isEqualByComparingTo("1");
        assertThat(finding.rowLabel()).isEqualTo("一、本期新收政府信息公开申请数量");
        assertThat(finding.columnLabel()).isEqualTo("申请人情况/自然人");
        assertThat(finding.message()).contains("自然人").contains("相差1");
    }

    @Test
    void T4SumReviewAndLitigation() throws Exception {
        add("T4.LD.5", 1);
        assertFindings(check(WriteOptions.official()), "T4-SUM@T4.LD.5");
    }

    @Test
    void QStockNegMoreIssuedThanCanBeInForce() throws Exception {
        values.put("T2.G2.M1", BigDecimal.valueOf(3));
        values.put("T2.G2.M2", BigDecimal.ZERO);
        values.put("T2.G2.M3", BigDecimal.valueOf(2));
        values.put("T1.A02.K1", values.get("T1.A02.K1").max(BigDecimal.valueOf(3)));
        Result result = check(WriteOptions.official());
        assertFindings(result, "Q-STOCK-NEG@T2.G2.M3");
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED_WITH_WARNINGS);
    }

    @Test
    void QColshiftResearchInstitutionsAboveNaturalPersons() throws Exception {
        int moved = values.get("T3.R25.C1").intValue() + 1;
        for (String item : List.of("T3.R25.C3", "T3.R25.C7", "T3.R01.C3", "T3.R01.C7", "T1.D01.V", "T1.D06.V")) {
            add(item, moved);
        }
        Result result = check(WriteOptions.official());
        assertThat(result.checked().findings()).extracting(Finding::rule).containsOnly("Q-COLSHIFT");
        assertThat(result.checked().findings())
                .extracting(f -> f.rule() + "@" + itemAt(result, f))
                .contains("Q-COLSHIFT@T3.R25.C1");
    }

    @Test
    void XNormsNewDocumentsNotPublished() throws Exception {
        values.put("T2.G2.M1", values.get("T1.A02.K1").add(BigDecimal.ONE));
        values.put("T2.G2.M3", values.get("T2.G2.M3").add(values.get("T2.G2.M1")));
        assertFindings(check(WriteOptions.official()), "X-NORMS@T1.A02.K1");
    }

    @Test
    void QGuizhangRegulationsBelowTheCityLevel() throws Exception {
        values.put("T2.G1.M3", BigDecimal.ONE);
        assertFindings(check(WriteOptions.official()), "Q-GUIZHANG@T2.G1.M3");
    }
}
