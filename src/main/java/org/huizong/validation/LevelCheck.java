package org.huizong.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.huizong.form.read.ItemCell;
import org.huizong.unit.Unit;
import org.huizong.unit.UnitLevel;

/** Q-GUIZHANG: only 设区的市 governments make 规章, so a unit below the city level reports none. */
final class LevelCheck {

    private static final List<String> REGULATIONS = List.of("T2.G1.M1", "T2.G1.M2", "T2.G1.M3");

    private final FindingMessages messages;

    LevelCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(Unit unit, Map<String, ItemCell> cells, Map<String, BigDecimal> values, List<Finding> findings) {
        if (unit.level() == UnitLevel.CITY_DEPT) {
            return;
        }
        for (String item : REGULATIONS) {
            BigDecimal value = values.get(item);
            ItemCell cell = cells.get(item);
            if (value != null && value.signum() > 0 && cell != null) {
                String message = messages.format("finding." + Rule.Q_GUIZHANG.id(), cell.item().row().displayLabel(),
                        cell.item().column().displayLabel(), value);
                findings.add(Locations.at(cell, Rule.Q_GUIZHANG.id(), Rule.Q_GUIZHANG.severity(), null, null, message));
                return;
            }
        }
    }
}
