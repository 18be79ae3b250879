package org.huizong.demo;

import static org.huizong.demo.GiaMItems.t1;
import static org.huizong.demo.GiaMItems.t3;
import static org.huizong.demo.GiaMItems.t3Row;
import static org.huizong.demo.GiaMItems.t4;

import java.util.List;
import java.util.Map;

/**
 * Plants one value mistake into a copy of true values so that exactly the named rule fails. Where the
 * arithmetic forbids a single failing cell (表三's row and column totals constrain each other, so one
 * broken row or column always comes with a second), the mistake fails the same rule twice and both
 * places are returned.
 */
final class MistakePlanter {

    private static final List<String> TEXT_CELLS = List.of("T2.G3.M4", "T2.G4.M4", "T2.G5.M4");

    private final Draw draw;

    MistakePlanter(Draw draw) {
        this.draw = draw;
    }

    List<PlantedMistake> plant(String rule, CellValues values, Map<String, String> rawTexts) {
        return switch (rule) {
            case "V01", "V02", "V03" -> List.of(badText(rule, values, rawTexts));
            case "T1-SUM" -> List.of(channelTotal(values));
            case "T1-DEDUP" -> List.of(DedupMistake.plant(values, draw));
            case "T1-CONS" -> List.of(offBy(values, rule, t1("B04", "V"), "B04 total does not add up B01..B03"));
            case "T1-CHAN" -> List.of(channelPart(values));
            case "X-APPLY" -> List.of(applicationsMismatch(values));
            case "T3-COL", "T3-SUM", "T3-BAL", "P-CARRY" -> ApplicationMistakes.plant(rule, values, draw);
            case "T4-SUM" -> List.of(caseTotal(values));
            case "P-STOCK" -> List.of(offBy(values, rule, "T2.G2.M3", "documents in force not carried forward"));
            default -> throw new IllegalArgumentException("cannot plant " + rule);
        };
    }

    /** V01 "约20"/"若干", V02 "-3", V03 "12.5" in a count of 表二 G3..G5, cells that no identity involves. */
    private PlantedMistake badText(String rule, CellValues values, Map<String, String> rawTexts) {
        String item = TEXT_CELLS.stream()
                .filter(i -> values.get(i) > 0)
                .findFirst()
                .orElse(TEXT_CELLS.get(draw.random().nextInt(TEXT_CELLS.size())));
        if (values.get(item) == 0) {
            values.set(item, draw.between(2, 30));
        }
        int value = values.get(item);
        String text = switch (rule) {
            case "V01" -> draw.chance(0.5) ? "约" + value : "若干";
            case "V02" -> "-" + value;
            default -> value + ".5";
        };
        rawTexts.put(item, text);
        return new PlantedMistake(rule, item, "cell written as \"" + text + "\"");
    }

    /** T1-SUM: A09 of one channel column off by one, with K1 still between max and sum of that row. */
    private PlantedMistake channelTotal(CellValues values) {
        int distinct = values.get(t1("A09", "K1"));
        int sum = 0;
        for (int k = 2; k <= 6; k++) {
            sum += values.get(t1("A09", "K" + k));
        }
        int offset = draw.random().nextInt(5);
        for (int i = 0; i < 10; i++) {
            String item = t1("A09", "K" + (2 + (offset + i / 2) % 5));
            int delta = i % 2 == 0 ? 1 : -1;
            int changed = values.get(item) + delta;
            if (changed >= 0 && changed <= distinct && sum + delta >= distinct) {
                values.set(item, changed);
                return new PlantedMistake(
                        "T1-SUM", item, "channel total written as " + changed + " instead of " + (changed - delta));
            }
        }
        throw new IllegalStateException("no channel total can be changed");
    }

    /** T1-CHAN: one application channel off by one, D06 left as it was (and still equal to 表三 R01). */
    private PlantedMistake channelPart(CellValues values) {
        String channel = t1(channelRow(), "V");
        int delta = values.get(channel) > 0 && draw.chance(0.5) ? -1 : 1;
        values.add(channel, delta);
        return new PlantedMistake("T1-CHAN", t1("D06", "V"), channel + " changed by " + delta + ", D06 not updated");
    }

    /** X-APPLY: one application channel and D06 both off by one, so 表一 and 表三 disagree. */
    private PlantedMistake applicationsMismatch(CellValues values) {
        String channel = t1(channelRow(), "V");
        int delta = values.get(channel) > 0 && draw.chance(0.5) ? -1 : 1;
        values.add(channel, delta);
        values.add(t1("D06", "V"), delta);
        return new PlantedMistake(
                "X-APPLY",
                t1("D06", "V"),
                "表一 D06 is " + values.get(t1("D06", "V")) + " while 表三 R01.C7 is " + values.get(t3(t3Row(1), "C7")));
    }

    /** T4-SUM: one part of a group raised by one, the group's 总计 left as it was. */
    private PlantedMistake caseTotal(CellValues values) {
        String group = GiaMItems.T4_GROUPS.get(draw.random().nextInt(3));
        values.add(t4(group, draw.between(1, 4)), 1);
        return new PlantedMistake("T4-SUM", t4(group, 5), "a case added to " + group + " without its total");
    }

    private PlantedMistake offBy(CellValues values, String rule, String item, String description) {
        int delta = values.get(item) > 0 && draw.chance(0.5) ? -1 : 1;
        values.add(item, delta);
        return new PlantedMistake(rule, item, description + " (off by " + delta + ")");
    }

    private String channelRow() {
        return GiaMItems.APPLICATION_CHANNEL_ROWS.get(draw.random().nextInt(5));
    }
}
