package org.huizong.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huizong.form.CellAddress;
import org.huizong.form.ItemDescriptor;
import org.huizong.form.read.ItemCell;
import org.huizong.unit.Unit;

/**
 * The rules that compare a submission with the unit's accepted history: P-CARRY, P-STOCK, P-YTD, P-SAME, P-OUTLIER,
 * P-FEE-UNIT and P-ANNUAL. They run after every ingestion over the current versions, from stored values, so a late
 * or corrected previous period is taken into account by the next run.
 */
public final class HistoryValidator {

    public static final Set<String> RULES = Set.of(
            Rule.P_CARRY.id(),
            Rule.P_STOCK.id(),
            Rule.P_YTD.id(),
            Rule.P_SAME.id(),
            Rule.P_OUTLIER.id(),
            Rule.P_FEE_UNIT.id(),
            Rule.P_ANNUAL.id());

    private final FindingMessages messages = new FindingMessages();
    private final CarryOverCheck carryOver = new CarryOverCheck(messages);
    private final HistoryCheck history = new HistoryCheck(messages);
    private final AnnualCheck annual = new AnnualCheck(messages);

    public List<Finding> check(
            Unit unit,
            SubmissionContext context,
            Map<String, BigDecimal> values,
            Map<String, ValueLocation> locations) {
        Map<String, ItemCell> cells = new LinkedHashMap<>();
        Map<String, ItemDescriptor> items = context.form().itemsByCode();
        locations.forEach((code, location) -> {
            ItemDescriptor item = items.get(code);
            if (item != null && location.a1() != null && !location.a1().isEmpty()) {
                cells.put(code, new ItemCell(item, location.sheet(), CellAddress.parse(location.a1()), null));
            }
        });
        List<Finding> findings = new ArrayList<>();
        carryOver.check(unit.uscc(), context, cells, values, findings);
        history.check(unit.uscc(), context, cells, values, findings);
        annual.check(unit, context, values, findings);
        return findings;
    }
}
