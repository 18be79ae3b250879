package org.huizong.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huizong.form.FormDescriptor;
import org.huizong.form.write.CellFormat;
import org.huizong.report.ComparisonBasis.Against;
import org.huizong.text.Messages;

/**
 * The 文字说明 of the comparison report: for each earlier period, how many units the comparison rests on, the key
 * indicators' changes (those charted) and the few largest of the others, in the office's words, each like for like
 * (counts from a base of at least {@link #MINIMUM_BASE}, ratios with at least that many cases under them); and, when
 * coverage moved, a warning that the all-units totals rose or fell with it.
 */
final class ComparisonNarrative {

    /** Changes on fewer cases than this are left out: on a handful, any change looks large. */
    static final double MINIMUM_BASE = 20;
    /** How many changes a paragraph names. */
    static final int LARGEST = 4;
    /** Coverage that moved by more than this share makes the all-units totals misleading. */
    private static final double COVERAGE_MOVED = 0.05;

    /** A change: its size for ranking, in full (from … to …) and in brief (how much). */
    private record Change(Indicator indicator, double size, String words, String brief) {}

    /** A change smaller than this (relative, or in points as a share) is not worth naming among the largest. */
    private static final double NOTABLE = 0.05;

    private final FormDescriptor form;

    ComparisonNarrative(FormDescriptor form) {
        this.form = form;
    }

    List<String> lines(List<Indicator> indicators, List<Against> compared, String currentName) {
        List<String> lines = new ArrayList<>();
        for (Against against : compared) {
            ChangeBase city = against.city();
            String name = against.earlier().name();
            String change = against.earlier().changeName();
            StringBuilder text = new StringBuilder(Messages.text(
                    "report.comparison.narrative.opening",
                    change,
                    currentName,
                    city.nowAll().counted(),
                    name,
                    city.beforeAll().counted(),
                    city.commonUnits()));
            List<Change> headline = new ArrayList<>();
            List<Change> others = new ArrayList<>();
            for (Indicator indicator : indicators) {
                Change found = change(indicator, against.city(indicator, form), against.byIncrease(indicator, form));
                if (found != null) {
                    (indicator.chart() ? headline : others).add(found);
                }
            }
            others.sort(Comparator.comparingDouble(Change::size).reversed());
            List<String> largest = others.stream()
                    .filter(c -> c.size() >= NOTABLE)
                    .limit(LARGEST - 1)
                    .map(Change::brief)
                    .toList();
            if (city.commonUnits() == 0) {
                text.append(Messages.text("report.comparison.narrative.noCommonUnits"));
            } else if (headline.isEmpty() && largest.isEmpty()) {
                text.append(Messages.text("report.comparison.narrative.littleChange"));
            } else {
                if (!headline.isEmpty()) {
                    text.append(Messages.text(
                            "report.comparison.narrative.headline",
                            String.join(
                                    Messages.text("report.comparison.narrative.separator"),
                                    headline.stream().map(Change::words).toList())));
                }
                if (!largest.isEmpty()) {
                    text.append(Messages.text(
                            headline.isEmpty()
                                    ? "report.comparison.narrative.largest"
                                    : "report.comparison.narrative.largestToo",
                            String.join(Messages.text("report.comparison.narrative.largestSeparator"), largest)));
                }
            }
            double moved = city.beforeAll().counted() == 0
                    ? 0
                    : Math.abs(city.nowAll().counted() - city.beforeAll().counted())
                            / (double) city.beforeAll().counted();
            if (moved > COVERAGE_MOVED) {
                text.append(Messages.text(
                        "report.comparison.narrative.coverageMoved",
                        city.nowAll().counted(),
                        city.beforeAll().counted()));
            }
            lines.add(text.toString());
        }
        return lines;
    }

    /** A change in words, with its size for ranking (a count's relative change, a ratio's points as a share); or null. */
    private Change change(Indicator indicator, ChangeBase base, boolean increase) {
        if (!base.comparable() || base.commonUnits() == 0) {
            return null;
        }
        IndicatorValue now = indicator.of(base.nowCommon().values());
        IndicatorValue before = indicator.of(base.beforeCommon().values());
        String bare = indicator.name().replaceAll("（[^）]*）$", "");
        String name = increase
                ? Messages.text("report.comparison.narrative.increase", bare)
                : indicator.isYearToDate(form) ? Messages.text("report.comparison.narrative.yearToDate", bare) : bare;
        if (indicator.isRatio()) {
            if (now.value() == null
                    || before.value() == null
                    || now.denominator().doubleValue() < MINIMUM_BASE
                    || before.denominator().doubleValue() < MINIMUM_BASE) {
                return null;
            }
            double points = (now.value() - before.value()) * 100;
            if (Math.abs(points) < 0.05) {
                return null;
            }
            String how = Messages.text(
                    points > 0 ? "report.comparison.narrative.pointsUp" : "report.comparison.narrative.pointsDown",
                    String.format("%.1f", Math.abs(points)));
            String words = Messages.text(
                    points > 0 ? "report.comparison.narrative.ratioUp" : "report.comparison.narrative.ratioDown",
                    name,
                    CellFormat.PERCENT.text(before.value()),
                    CellFormat.PERCENT.text(now.value()),
                    how);
            return new Change(indicator, Math.abs(points) / 100, words, name + how);
        }
        double was = before.value();
        double is = now.value();
        if (was < MINIMUM_BASE || is == was) {
            return null;
        }
        double relative = (is - was) / was;
        String unit = unit(indicator);
        String how = Messages.text(
                is > was ? "report.comparison.narrative.countUp" : "report.comparison.narrative.countDown",
                CellFormat.PERCENT.text(Math.abs(relative)));
        String words = Messages.text(
                is > was ? "report.comparison.narrative.countTo.up" : "report.comparison.narrative.countTo.down",
                name,
                CellFormat.INTEGER.text(was),
                unit,
                CellFormat.INTEGER.text(is),
                how);
        return new Change(indicator, Math.abs(relative), words, name + how);
    }

    /** The unit of a count from its name: {@code 新收申请（件）} → 件. */
    private static String unit(Indicator indicator) {
        String name = indicator.name();
        int open = name.lastIndexOf('（');
        if (open >= 0 && name.endsWith("）")) {
            return name.substring(open + 1, name.length() - 1);
        }
        String group = indicator.group();
        open = group.lastIndexOf('（');
        boolean yearToDate = group.contains(Messages.text("report.comparison.narrative.yearToDateGroup"));
        return open >= 0 && group.endsWith("）") && !yearToDate ? group.substring(open + 1, group.length() - 1) : "";
    }
}
