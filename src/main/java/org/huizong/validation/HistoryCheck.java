package org.huizong.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.huizong.form.HistoryChecks;
import org.huizong.form.PeriodKind;
import org.huizong.form.PlainNumber;
import org.huizong.form.ReportPeriod;
import org.huizong.form.read.ItemCell;
import org.huizong.text.Messages;

/**
 * The history rules a form declares: stocks that must move by the flows (P-STOCK), year-to-date figures that never
 * decrease (P-YTD), a submission identical to the previous one (P-SAME), values far outside the unit's own history
 * (P-OUTLIER) and amounts a thousand times the usual (P-FEE-UNIT).
 */
final class HistoryCheck {

    private final FindingMessages messages;

    HistoryCheck(FindingMessages messages) {
        this.messages = messages;
    }

    void check(
            String uscc,
            SubmissionContext context,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        HistoryChecks checks = context.form().history();
        ReportPeriod previous = context.period().previous();
        Optional<Map<String, BigDecimal>> before = context.history().acceptedValues(uscc, previous);
        before.ifPresent(last -> {
            stocks(checks, last, previous, cells, values, findings);
            yearToDate(checks, last, context.period(), cells, values, findings);
            sameAsPrevious(checks, last, previous, values, findings);
        });
        int depth =
                Math.max(checks.outliers() == null ? 0 : checks.outliers().periods(), checks.scale() == null ? 0 : 12);
        if (depth > 0) {
            List<AcceptedHistory.AcceptedPeriod> history =
                    context.history().acceptedBefore(uscc, context.period(), depth);
            outliers(checks.outliers(), history, cells, values, findings);
            scale(checks.scale(), history, cells, values, findings);
        }
    }

    private void stocks(
            HistoryChecks checks,
            Map<String, BigDecimal> last,
            ReportPeriod previous,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        for (HistoryChecks.StockFlow flow : checks.stocks()) {
            BigDecimal stock = values.get(flow.stock());
            BigDecimal lastStock = last.get(flow.stock());
            if (stock == null
                    || lastStock == null
                    || !values.containsKey(flow.inflow())
                    || !values.containsKey(flow.outflow())) {
                continue;
            }
            BigDecimal expected = lastStock.add(values.get(flow.inflow())).subtract(values.get(flow.outflow()));
            if (stock.compareTo(expected) != 0) {
                add(findings, cells.get(flow.stock()), flow.rule(), stock, expected, lastStock, previous.label(), true);
            }
        }
    }

    private void yearToDate(
            HistoryChecks checks,
            Map<String, BigDecimal> last,
            ReportPeriod period,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        if (checks.yearToDate() == null || period.kind() != PeriodKind.MONTH || period.month() == 1) {
            return;
        }
        for (String item : checks.yearToDate().items()) {
            BigDecimal now = values.get(item);
            BigDecimal then = last.get(item);
            if (now != null && then != null && now.compareTo(then) < 0) {
                add(
                        findings,
                        cells.get(item),
                        checks.yearToDate().rule(),
                        now,
                        then,
                        period.previous().label(),
                        null,
                        true);
            }
        }
    }

    private void sameAsPrevious(
            HistoryChecks checks,
            Map<String, BigDecimal> last,
            ReportPeriod previous,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        if (checks.sameAsPreviousRule() == null
                || values.isEmpty()
                || values.values().stream().allMatch(v -> v.signum() == 0)) {
            return;
        }
        boolean identical = values.entrySet().stream()
                .allMatch(e ->
                        last.get(e.getKey()) != null && last.get(e.getKey()).compareTo(e.getValue()) == 0);
        if (identical) {
            findings.add(new Finding(
                    checks.sameAsPreviousRule(),
                    Rule.severityOf(checks.sameAsPreviousRule()),
                    "",
                    "",
                    "",
                    "",
                    null,
                    null,
                    messages.format("finding." + checks.sameAsPreviousRule(), previous.label())));
        }
    }

    private void outliers(
            HistoryChecks.OutlierRule rule,
            List<AcceptedHistory.AcceptedPeriod> history,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        if (rule == null) {
            return;
        }
        for (String item : rule.items()) {
            List<BigDecimal> series = new ArrayList<>();
            history.stream()
                    .limit(rule.periods())
                    .map(p -> p.values().get(item))
                    .filter(v -> v != null)
                    .forEach(series::add);
            BigDecimal now = values.get(item);
            if (now == null || series.size() < rule.minimum()) {
                continue;
            }
            List<Double> doubles = series.stream().map(BigDecimal::doubleValue).toList();
            OptionalDouble score = ModifiedZScore.of(now.doubleValue(), doubles);
            if (score.isPresent() && Math.abs(score.getAsDouble()) > rule.threshold()) {
                List<BigDecimal> oldestFirst = new ArrayList<>(series);
                Collections.reverse(oldestFirst);
                String shown = oldestFirst.stream()
                        .map(PlainNumber::format)
                        .collect(Collectors.joining(Messages.text("validation.history.separator")));
                add(
                        findings,
                        cells.get(item),
                        rule.rule(),
                        now,
                        BigDecimal.valueOf(ModifiedZScore.median(doubles)),
                        series.size(),
                        shown,
                        false);
            }
        }
    }

    private void scale(
            HistoryChecks.ScaleRule rule,
            List<AcceptedHistory.AcceptedPeriod> history,
            Map<String, ItemCell> cells,
            Map<String, BigDecimal> values,
            List<Finding> findings) {
        if (rule == null || values.get(rule.item()) == null) {
            return;
        }
        List<Double> usual = history.stream()
                .map(p -> p.values().get(rule.item()))
                .filter(v -> v != null && v.signum() > 0)
                .map(BigDecimal::doubleValue)
                .toList();
        if (usual.isEmpty()) {
            return;
        }
        double median = ModifiedZScore.median(usual);
        BigDecimal now = values.get(rule.item());
        if (now.doubleValue() > rule.factor() * median) {
            add(
                    findings,
                    cells.get(rule.item()),
                    rule.rule(),
                    now,
                    BigDecimal.valueOf(median),
                    rule.factor(),
                    null,
                    false);
        }
    }

    /**
     * A finding at the item's cell: {2} this value, {3} the value it is compared with, {4} their difference, {5} and {6}
     * extra; {@code twoSided} rules (an equation across periods) also fill the finding's left and right.
     */
    private void add(
            List<Finding> findings,
            ItemCell cell,
            String rule,
            BigDecimal now,
            BigDecimal other,
            Object extra,
            Object more,
            boolean twoSided) {
        if (cell == null) {
            return;
        }
        String message = messages.format(
                "finding." + rule,
                cell.item().row().displayLabel(),
                cell.item().column().displayLabel(),
                now,
                other,
                now.subtract(other).abs(),
                extra == null ? "" : extra,
                more == null ? "" : more);
        findings.add(Locations.at(
                cell, rule, Rule.severityOf(rule), twoSided ? now : null, twoSided ? other : null, message));
    }
}
