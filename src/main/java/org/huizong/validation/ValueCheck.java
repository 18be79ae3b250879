package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.ValueType;
import org.huizong.form.read.ItemCell;
import org.huizong.form.read.ParsedValue;
import org.huizong.form.read.ValueParser;

/** Cell value rules V01–V04: every located cell is understood as a number or reported; never silently 0. */
final class ValueCheck {

    private final FindingMessages messages;
    private final ValueParser parser = new ValueParser();

    ValueCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(List<ItemCell> cells, Map<String, BigDecimal> values, List<Finding> findings) {
        for (ItemCell cell : cells) {
            ParsedValue parsed = parser.parse(cell.cell(), cell.item().type());
            Rule rule = switch (parsed.outcome()) {
                case PLAIN, BLANK -> null;
                case NORMALISED, COMPUTED -> Rule.V04;
                case NOT_A_NUMBER, TOO_LARGE, FORMULA_FAILED -> Rule.V01;
                case NEGATIVE -> Rule.V02;
                case FRACTION, TOO_MANY_DECIMALS -> Rule.V03;
            };
            if (parsed.outcome().isAccepted()) {
                values.put(cell.item().code(), parsed.value());
            }
            if (rule == null) {
                continue;
            }
            String where = Locations.labelOf(cell);
            String key = switch (parsed.outcome()) {
                case FRACTION, TOO_MANY_DECIMALS ->
                    cell.item().type() == ValueType.AMOUNT ? "finding.V03.amount" : "finding.V03.count";
                case TOO_LARGE -> "finding.V01.tooLarge";
                case FORMULA_FAILED ->
                    "finding.V01.formula." + cell.cell().failure().name();
                case COMPUTED -> "finding.V04.computed";
                default -> "finding." + rule.id();
            };
            String message =
                    messages.format(key, where, parsed.written(), parsed.value() == null ? "" : parsed.value());
            findings.add(Locations.at(cell, rule.id(), rule.severity(), null, null, message));
        }
    }
}
