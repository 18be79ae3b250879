package org.huizong.demo;

import java.util.ArrayList;
import java.util.List;

/** The item codes of form GIA-M, in sheet order, and the row and column codes they are made of. */
public final class GiaMItems {

    static final List<String> PUBLICATION_ROWS = codes("A", 9);
    static final List<String> CHANNELS = codes("K", 6);
    static final List<String> CONSULTATION_ROWS = codes("B", 4);
    static final List<String> APPLICATION_CHANNEL_ROWS = codes("D", 6);
    static final List<String> T3_ROWS = codes("R", 25);
    static final List<String> T3_COLUMNS = codes("C", 7);
    static final List<String> T4_GROUPS = List.of("RV", "LD", "LR");
    static final List<String> T2_ITEMS = List.of(
            "T2.G1.M1",
            "T2.G1.M2",
            "T2.G1.M3",
            "T2.G2.M1",
            "T2.G2.M2",
            "T2.G2.M3",
            "T2.G3.M4",
            "T2.G4.M4",
            "T2.G5.M4",
            "T2.G6.M5");
    /** The only item holding an amount (万元, up to 4 decimals); all others are counts. */
    static final String FEE = "T2.G6.M5";

    private static final List<String> ALL = build();

    private GiaMItems() {}

    /** All 264 item codes of GIA-M. */
    public static List<String> all() {
        return ALL;
    }

    static String t1(String row, String column) {
        return "T1." + row + "." + column;
    }

    static String t3(String row, String column) {
        return "T3." + row + "." + column;
    }

    static String t4(String group, int part) {
        return "T4." + group + "." + part;
    }

    /** Row code like "R03" for number 3. */
    static String t3Row(int number) {
        return T3_ROWS.get(number - 1);
    }

    /** Column code like "C2" for number 2. */
    static String t3Column(int number) {
        return "C" + number;
    }

    static boolean isCount(String item) {
        return !FEE.equals(item);
    }

    private static List<String> build() {
        List<String> items = new ArrayList<>();
        for (String row : PUBLICATION_ROWS) {
            for (String channel : CHANNELS) {
                items.add(t1(row, channel));
            }
        }
        CONSULTATION_ROWS.forEach(row -> items.add(t1(row, "V")));
        APPLICATION_CHANNEL_ROWS.forEach(row -> items.add(t1(row, "V")));
        items.addAll(T2_ITEMS);
        for (String row : T3_ROWS) {
            for (String column : T3_COLUMNS) {
                items.add(t3(row, column));
            }
        }
        for (String group : T4_GROUPS) {
            for (int part = 1; part <= 5; part++) {
                items.add(t4(group, part));
            }
        }
        return List.copyOf(items);
    }

    /** Row codes are two-digit ("A01", "R25"), column codes one-digit ("K1", "C7"). */
    private static List<String> codes(String prefix, int count) {
        boolean column = prefix.equals("K") || prefix.equals("C");
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(column ? prefix + i : String.format("%s%02d", prefix, i));
        }
        return List.copyOf(codes);
    }
}
