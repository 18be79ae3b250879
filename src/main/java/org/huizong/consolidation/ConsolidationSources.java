package org.huizong.consolidation;

import java.util.List;
import org.huizong.system.PublishedSources;

/**
 * What the outputs are made from of the consolidation's: every period's counted units (comparisons and trends read
 * them) and, for a year, the roll-ups of the months that stand in for units that sent no annual workbook.
 */
final class ConsolidationSources implements PublishedSources {

    @Override
    public List<String> figures() {
        return List.of(
                "SELECT * FROM annual_rollup_unit WHERE period = :period",
                "SELECT * FROM counted_unit",
                "SELECT * FROM annual_rollup WHERE LENGTH(period) = LENGTH(:period)");
    }

    @Override
    public List<String> findings() {
        return List.of();
    }
}
