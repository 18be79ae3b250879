package org.huizong.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Chooses a few cells of a TEXT_NUMBERS file and writes them the way clerks type numbers as text. */
final class TextNumbers {

    private static final List<String> ZERO_TEXTS = List.of("无", "—", "/", "／");

    private TextNumbers() {}

    /** Item to text, whose meaning always equals the item's value. Total cells are left alone. */
    static Map<String, String> pick(CellValues values, Draw draw) {
        List<String> zeros = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String item : candidates()) {
            (values.get(item) == 0 ? zeros : others).add(item);
        }
        Random shuffler = new Random(draw.random().nextLong());
        Collections.shuffle(zeros, shuffler);
        Collections.shuffle(others, shuffler);
        Map<String, String> texts = new LinkedHashMap<>();
        if (values.get("T2.G3.M4") >= 1000) {
            texts.put("T2.G3.M4", String.format(Locale.ROOT, "%,d", values.get("T2.G3.M4")));
        }
        zeros.stream()
                .limit(2)
                .forEach(item -> texts.put(item, ZERO_TEXTS.get(draw.random().nextInt(ZERO_TEXTS.size()))));
        others.stream()
                .filter(item -> !texts.containsKey(item))
                .limit(3)
                .forEach(item -> texts.put(item, written(item, values.get(item), draw)));
        return texts;
    }

    private static String written(String item, int value, Draw draw) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,d", value);
        }
        if (draw.chance(0.5) || item.startsWith("T1.B")) {
            return fullWidth(Integer.toString(value));
        }
        return value + (item.startsWith("T1.A") ? "条" : "件");
    }

    static String fullWidth(String digits) {
        StringBuilder text = new StringBuilder();
        for (char c : digits.toCharArray()) {
            text.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c);
        }
        return text.toString();
    }

    /** Cells that are not totals of any identity. */
    private static List<String> candidates() {
        List<String> items = new ArrayList<>();
        for (String row : GiaMItems.PUBLICATION_ROWS.subList(0, 8)) {
            for (String channel : GiaMItems.CHANNELS.subList(1, 6)) {
                items.add(GiaMItems.t1(row, channel));
            }
        }
        for (String row : List.of("B01", "B02", "B03", "D01", "D02", "D03", "D04", "D05")) {
            items.add(GiaMItems.t1(row, "V"));
        }
        items.addAll(List.of("T2.G2.M1", "T2.G2.M2", "T2.G3.M4", "T2.G4.M4", "T2.G5.M4"));
        for (int row = 3; row <= 23; row++) {
            for (int column = 1; column <= 6; column++) {
                items.add(GiaMItems.t3(GiaMItems.t3Row(row), GiaMItems.t3Column(column)));
            }
        }
        for (String group : GiaMItems.T4_GROUPS) {
            for (int part = 1; part <= 4; part++) {
                items.add(GiaMItems.t4(group, part));
            }
        }
        return items;
    }
}
