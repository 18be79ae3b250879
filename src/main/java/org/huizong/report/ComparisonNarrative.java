package org.huizong.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.huizong.form.FormDescriptor;
import org.huizong.form.write.CellFormat;
import org.huizong.report.ComparisonBasis.Against;

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
    private record Change(Indicator indicator, double size, String words, String brief) {
    }

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
            StringBuilder text = new StringBuilder(change + "：" + currentName + "纳入汇总 " + city.nowAll().counted() + " 个单位，" + name
                    + " " + city.beforeAll().counted() + " 个，两期都纳入的 " + city.commonUnits() + " 个单位为可比口径。");
            List<Change> headline = new ArrayList<>();
            List<Change> others = new ArrayList<>();
            for (Indicator indicator : indicators) {
                Change found = change(indicator, against.city(indicator, form), against.byIncrease(indicator, form));
                if (found != null) {
                    (indicator.chart() ? headline : others).add(found);
                }
            }
            others.sort(Comparator.comparingDouble(Change::size).reversed());
            List<String> largest = others.stream().filter(c -> c.size() >= NOTABLE).limit(LARGEST - 1).map(Change::brief).toList();
            if (city.commonUnits() == 0) {
                text.append("两期没有共同纳入的单位，不作比较。");
            } else if (headline.isEmpty() && largest.isEmpty()) {
                text.append("按可比口径，主要指标变化不大（或基数过小，不作比较）。");
            } else {
                if (!headline.isEmpty()) {
                    text.append("按可比口径，").append(String.join("；", headline.stream().map(Change::words).toList())).append("。");
                }
                if (!largest.isEmpty()) {
                    text.append("变化较大的").append(headline.isEmpty() ? "有" : "还有").append("：").append(String.join("，", largest)).append("。");
                }
            }
            double moved = city.beforeAll().counted() == 0 ? 0
                    : Math.abs(city.nowAll().counted() - city.beforeAll().counted()) / (double) city.beforeAll().counted();
            if (moved > COVERAGE_MOVED) {
                text.append("两期纳入汇总的单位数相差较大（").append(city.nowAll().counted()).append(" 个与 ").append(city.beforeAll().counted())
                        .append(" 个），全部单位合计的增减主要反映纳入范围的变化，不代表工作量的实际增减，请以可比口径为准。");
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
        String name = indicator.name().replaceAll("（[^）]*）$", "") + (increase ? "（本月新增）" : indicator.isYearToDate(form) ? "（本年累计）" : "");
        if (indicator.isRatio()) {
            if (now.value() == null || before.value() == null || now.denominator().doubleValue() < MINIMUM_BASE
                    || before.denominator().doubleValue() < MINIMUM_BASE) {
                return null;
            }
            double points = (now.value() - before.value()) * 100;
            if (Math.abs(points) < 0.05) {
                return null;
            }
            String how = (points > 0 ? "提高" : "降低") + String.format("%.1f", Math.abs(points)) + "个百分点";
            return new Change(indicator, Math.abs(points) / 100, name + "由" + CellFormat.PERCENT.text(before.value()) + (points > 0 ? "升至" : "降至")
                    + CellFormat.PERCENT.text(now.value()) + "，" + how, name + how);
        }
        double was = before.value();
        double is = now.value();
        if (was < MINIMUM_BASE || is == was) {
            return null;
        }
        double relative = (is - was) / was;
        String unit = unit(indicator);
        String how = (is > was ? "增长" : "下降") + CellFormat.PERCENT.text(Math.abs(relative));
        return new Change(indicator, Math.abs(relative), name + "由" + CellFormat.INTEGER.text(was) + unit + (is > was ? "增至" : "减至")
                + CellFormat.INTEGER.text(is) + unit + "，" + how, name + how);
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
        return open >= 0 && group.endsWith("）") && !group.contains("累计") ? group.substring(open + 1, group.length() - 1) : "";
    }
}
