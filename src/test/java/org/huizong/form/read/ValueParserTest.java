package org.huizong.form.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.huizong.form.ValueType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    @ParameterizedTest(name = "text \"{0}\" in a {1} cell is {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12        | COUNT  | NORMALISED        | 12",
                "１２      | COUNT  | NORMALISED        | 12",
                "1,234     | COUNT  | NORMALISED        | 1234",
                "12件      | COUNT  | NORMALISED        | 12",
                "12条      | COUNT  | NORMALISED        | 12",
                "7人次     | COUNT  | NORMALISED        | 7",
                "无        | COUNT  | NORMALISED        | 0",
                "—         | COUNT  | NORMALISED        | 0",
                "／        | COUNT  | NORMALISED        | 0",
                "3.5万元   | AMOUNT | NORMALISED        | 3.5",
                "1.2345    | AMOUNT | NORMALISED        | 1.2345",
                "约20      | COUNT  | NOT_A_NUMBER      |",
                "若干      | COUNT  | NOT_A_NUMBER      |",
                "见附件    | COUNT  | NOT_A_NUMBER      |",
                "12元      | AMOUNT | NOT_A_NUMBER      |",
                "1,2       | COUNT  | NOT_A_NUMBER      |",
                "-3        | COUNT  | NEGATIVE          |",
                "12.5      | COUNT  | FRACTION          |",
                "1.23456   | AMOUNT | TOO_MANY_DECIMALS |",
                "350102199001011234 | COUNT | TOO_LARGE |",
            })
    void text(String written, ValueType type, ValueOutcome outcome, String value) {
        ParsedValue parsed = parser.parse(GridCell.text(0, 0, written, null), type);
        assertThat(parsed.outcome()).isEqualTo(outcome);
        assertThat(parsed.value()).isEqualTo(value == null ? null : new BigDecimal(value));
    }

    @ParameterizedTest(name = "number {0} in a {1} cell is {2}")
    @CsvSource({
        "12, COUNT, PLAIN",
        "0, COUNT, PLAIN",
        "-1, COUNT, NEGATIVE",
        "2.5, COUNT, FRACTION",
        "2.5, AMOUNT, PLAIN",
        "0.00001, AMOUNT, TOO_MANY_DECIMALS"
    })
    void number(double number, ValueType type, ValueOutcome outcome) {
        assertThat(parser.parse(GridCell.number(0, 0, number, null), type).outcome())
                .isEqualTo(outcome);
    }

    @org.junit.jupiter.api.Test
    void formulaResultsAreReadAsExcelShowsThem() {
        ParsedValue tenths = parser.parse(GridCell.number(0, 0, 0.1 * 3, "A1*3"), ValueType.AMOUNT);
        assertThat(tenths.outcome()).isEqualTo(ValueOutcome.NORMALISED);
        assertThat(tenths.value()).isEqualByComparingTo("0.3");
        assertThat(parser.parse(GridCell.number(0, 0, 1e20, null), ValueType.COUNT)
                        .outcome())
                .isEqualTo(ValueOutcome.TOO_LARGE);
    }

    @org.junit.jupiter.api.Test
    void formulaResultsAreNormalisedAndErrorsAreNotNumbers() {
        assertThat(parser.parse(GridCell.number(0, 0, 5, "A1+A2"), ValueType.COUNT)
                        .outcome())
                .isEqualTo(ValueOutcome.NORMALISED);
        assertThat(parser.parse(GridCell.other(0, 0, CellKind.ERROR, "#DIV/0!", "A1/0"), ValueType.COUNT)
                        .outcome())
                .isEqualTo(ValueOutcome.NOT_A_NUMBER);
        assertThat(parser.parse(null, ValueType.COUNT))
                .isEqualTo(new ParsedValue(BigDecimal.ZERO, ValueOutcome.BLANK, ""));
    }
}
