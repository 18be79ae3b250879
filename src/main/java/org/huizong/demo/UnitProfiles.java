package org.huizong.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Derives a believable {@link UnitProfile} from a unit's level and sector. */
final class UnitProfiles {

    /** Per sector, for a city department: applications, licences, penalties, coercions, litigation ‰. */
    private static final Map<String, int[]> SECTORS = Map.ofEntries(
            Map.entry("政府办", new int[] {10, 0, 0, 0, 300}),
            Map.entry("发展改革", new int[] {3, 20, 1, 0, 30}),
            Map.entry("教育", new int[] {5, 15, 2, 0, 50}),
            Map.entry("科技", new int[] {1, 5, 0, 0, 0}),
            Map.entry("工业信息化", new int[] {2, 5, 1, 0, 0}),
            Map.entry("公安", new int[] {12, 80, 150, 20, 250}),
            Map.entry("民政", new int[] {3, 10, 1, 0, 30}),
            Map.entry("司法", new int[] {3, 10, 1, 0, 30}),
            Map.entry("财政", new int[] {4, 0, 1, 0, 30}),
            Map.entry("人社", new int[] {8, 30, 5, 0, 150}),
            Map.entry("自然资源", new int[] {25, 60, 15, 2, 500}),
            Map.entry("生态环境", new int[] {6, 30, 12, 3, 100}),
            Map.entry("住建", new int[] {15, 80, 10, 1, 300}),
            Map.entry("交通", new int[] {6, 100, 40, 5, 80}),
            Map.entry("水利", new int[] {2, 15, 3, 0, 20}),
            Map.entry("农业农村", new int[] {3, 30, 5, 0, 30}),
            Map.entry("商务", new int[] {2, 20, 2, 0, 0}),
            Map.entry("文旅", new int[] {2, 20, 4, 0, 0}),
            Map.entry("卫生健康", new int[] {6, 80, 10, 0, 80}),
            Map.entry("退役军人", new int[] {2, 0, 0, 0, 20}),
            Map.entry("应急管理", new int[] {2, 15, 6, 1, 30}),
            Map.entry("审计", new int[] {1, 0, 0, 0, 0}),
            Map.entry("国资", new int[] {1, 0, 0, 0, 0}),
            Map.entry("市场监管", new int[] {10, 300, 40, 8, 200}),
            Map.entry("体育", new int[] {1, 3, 0, 0, 0}),
            Map.entry("统计", new int[] {1, 0, 2, 0, 0}),
            Map.entry("医保", new int[] {3, 0, 3, 0, 30}),
            Map.entry("城管", new int[] {5, 40, 60, 10, 100}),
            Map.entry("林业", new int[] {2, 15, 4, 0, 20}),
            Map.entry("政务服务", new int[] {4, 2500, 0, 0, 30}),
            Map.entry("信访", new int[] {1, 0, 0, 0, 0}),
            Map.entry("人防", new int[] {1, 5, 0, 0, 0}),
            Map.entry("机关事务", new int[] {1, 0, 0, 0, 0}),
            Map.entry("金融", new int[] {1, 0, 0, 0, 0}),
            Map.entry("民族宗教", new int[] {1, 3, 0, 0, 0}),
            Map.entry("住房公积金", new int[] {3, 0, 0, 0, 30}),
            Map.entry("粮食储备", new int[] {1, 3, 1, 0, 0}),
            Map.entry("数据", new int[] {2, 0, 0, 0, 0}),
            Map.entry("乡镇街道", new int[] {2, 0, 2, 0, 20}),
            Map.entry("档案", new int[] {1, 0, 0, 0, 0}));

    private static final List<String> SILENT_SECTORS = List.of("信访", "机关事务", "审计", "统计", "金融", "数据");
    private static final List<Variant> HABITS = List.of(
            Variant.TITLE_ROW_INFO,
            Variant.TEXT_NUMBERS,
            Variant.FORMULA_TOTALS,
            Variant.FORMULAS_WITHOUT_CACHE,
            Variant.RENAMED_SHEETS,
            Variant.SHUFFLED_SHEETS,
            Variant.BLANK_ROWS_AND_COLUMNS,
            Variant.REMARK_COLUMN,
            Variant.HALF_WIDTH_LABELS);

    private UnitProfiles() {}

    /**
     * A profile for a unit.
     *
     * @param feeCollector whether the unit collects administrative fees
     * @param opensEmpty   whether the unit is new and starts with no stock of documents
     */
    static UnitProfile create(
            DemoUnit unit, boolean feeCollector, boolean opensEmpty, boolean legacy, RandomGenerator random) {
        int[] sector = SECTORS.getOrDefault(unit.category(), new int[] {1, 0, 0, 0, 0});
        double scale = switch (unit.level()) {
            case DemoUnit.CITY_DEPT -> 1.0;
            case DemoUnit.COUNTY_GOV -> 1.4;
            case DemoUnit.COUNTY_DEPT -> 0.4;
            default -> 1.0;
        };
        int applications = unit.level().equals(DemoUnit.COUNTY_GOV)
                ? random.nextInt(12, 21)
                : Math.max(1, (int) Math.round(sector[0] * scale * (0.8 + 0.4 * random.nextDouble())));
        int publications = switch (unit.level()) {
            case DemoUnit.CITY_DEPT -> unit.category().equals("政府办") ? 320 : random.nextInt(40, 151);
            case DemoUnit.COUNTY_GOV -> random.nextInt(150, 301);
            case DemoUnit.COUNTY_DEPT -> random.nextInt(20, 81);
            default -> random.nextInt(10, 36);
        };
        int consultations = switch (unit.level()) {
            case DemoUnit.CITY_DEPT -> random.nextInt(15, 61);
            case DemoUnit.COUNTY_GOV -> random.nextInt(40, 101);
            case DemoUnit.COUNTY_DEPT -> random.nextInt(8, 31);
            default -> random.nextInt(3, 13);
        };
        boolean county = !unit.level().equals(DemoUnit.CITY_DEPT);
        int litigation =
                unit.level().equals(DemoUnit.COUNTY_GOV) ? 300 : (int) Math.round(sector[4] * (county ? 0.3 : 1.0));
        BigDecimal fee = feeCollector ? BigDecimal.valueOf(random.nextInt(1_500, 13_000), 2) : null;
        return new UnitProfile(
                applications,
                publications,
                consultations,
                scaled(sector[1], county, random),
                scaled(sector[2], county, random),
                scaled(sector[3], county, random),
                fee,
                random.nextBoolean() ? 4 : 2,
                normsStock(unit, opensEmpty, random),
                unit.category().equals("政府办") && !county ? (opensEmpty ? 0 : random.nextInt(45, 71)) : -1,
                litigation,
                legacy,
                random.nextInt(7),
                habits(legacy, random));
    }

    private static int scaled(int cityValue, boolean county, RandomGenerator random) {
        if (cityValue == 0) {
            return 0;
        }
        double factor = (county ? 0.3 : 1.0) * (0.7 + 0.6 * random.nextDouble());
        return Math.max(1, (int) Math.round(cityValue * factor));
    }

    private static int normsStock(DemoUnit unit, boolean opensEmpty, RandomGenerator random) {
        boolean issues = switch (unit.level()) {
            case DemoUnit.CITY_DEPT -> !SILENT_SECTORS.contains(unit.category());
            case DemoUnit.COUNTY_GOV -> true;
            case DemoUnit.COUNTY_DEPT -> random.nextInt(10) < 4;
            default -> false;
        };
        if (!issues) {
            return -1;
        }
        if (opensEmpty) {
            return 0;
        }
        return unit.level().equals(DemoUnit.COUNTY_GOV)
                ? random.nextInt(30, 91)
                : unit.level().equals(DemoUnit.CITY_DEPT) ? random.nextInt(5, 41) : random.nextInt(2, 16);
    }

    private static Set<Variant> habits(boolean legacy, RandomGenerator random) {
        Set<Variant> habits = EnumSet.noneOf(Variant.class);
        if (legacy) {
            habits.add(Variant.LEGACY_XLS);
        }
        int roll = random.nextInt(100);
        int count = roll < 65 ? 0 : roll < 90 ? 1 : 2;
        while (habits.size() < count + (legacy ? 1 : 0)) {
            habits.add(HABITS.get(random.nextInt(HABITS.size())));
        }
        return VariantRules.compatible(habits);
    }
}
