package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.huizong.form.LevelRule;
import org.huizong.form.read.ItemCell;
import org.huizong.unit.Unit;

/** The level rules a form declares (Q-GUIZHANG): items only units of some levels report, warned once per rule. */
final class LevelCheck {

    private final FindingMessages messages;

    LevelCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(
            List<LevelRule> rules,
            Unit unit,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        for (LevelRule rule : rules) {
            if (rule.levels().contains(unit.level().name())) {
                continue;
            }
            for (String item : rule.items()) {
                BigDecimal value = values.get(item);
                ItemCell cell = cells.get(item);
                if (value != null && value.signum() > 0 && cell != null) {
                    String message = messages.format(
                            "finding." + rule.rule(),
                            cell.item().row().displayLabel(),
                            cell.item().column().displayLabel(),
                            value);
                    findings.add(Locations.at(cell, rule.rule(), Rule.severityOf(rule.rule()), null, null, message));
                    break;
                }
            }
        }
    }
}
