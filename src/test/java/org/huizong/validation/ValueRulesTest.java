package org.huizong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.huizong.form.write.WriteOptions;
import org.junit.jupiter.api.Test;

/** rules.md "Cell values": one fixture workbook per rule. */
class ValueRulesTest extends RuleFixture {

    @Test
    void V01NotANumber() throws Exception {
        raw.put("T3.R03.C1", "约20");
        assertFindings(check(WriteOptions.official()), "V01@T3.R03.C1");
    }

    @Test
    void V02Negative() throws Exception {
        raw.put("T2.G3.M4", "-3");
        assertFindings(check(WriteOptions.official()), "V02@T2.G3.M4");
    }

    @Test
    void V03FractionInACountAndTooManyDecimalsInAnAmount() throws Exception {
        raw.put("T1.B01.V", "12.5");
        raw.put("T2.G6.M5", "1.23456");
        assertFindings(check(WriteOptions.official()), "V03@T1.B01.V", "V03@T2.G6.M5");
    }

    @Test
    void V04NormalisedValuesAreInfoAndAccepted() throws Exception {
        raw.put("T2.G3.M4", toFullWidth(values.get("T2.G3.M4").toPlainString()) + "件");
        Result result = check(WriteOptions.official());
        assertFindings(result, "V04@T2.G3.M4");
        assertThat(result.checked().findings().get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(result.checked().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(result.checked().values()).isEqualTo(values);
    }
}
