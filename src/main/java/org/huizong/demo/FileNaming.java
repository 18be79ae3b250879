package org.huizong.demo;

import java.time.YearMonth;
import java.util.List;

/** Where a unit's file lands under {@code input/<period>/} and what it is called, as bureaus name them. */
final class FileNaming {

    /** Suffixes that sort after the original name, so that name order and arrival order agree. */
    private static final List<String> CORRECTION_SUFFIXES = List.of("（更正）", "_修改版", "_v2", "（修改后）");

    private static final List<String> COPY_SUFFIXES = List.of("_副本", "（重发）");

    private FileNaming() {}

    static String path(DemoUnit unit, UnitProfile profile, YearMonth period) {
        return folder(unit, period) + fileName(unit, profile.namingStyle(), period) + extension(profile);
    }

    /** The path of a corrected version 2, next to version 1. */
    static String corrected(String path, int style) {
        return beforeExtension(path, CORRECTION_SUFFIXES.get(style % CORRECTION_SUFFIXES.size()));
    }

    /** The path of a second copy of the same file, as file managers name copies. */
    static String copy(String path, int style) {
        return beforeExtension(path, COPY_SUFFIXES.get(style % COPY_SUFFIXES.size()));
    }

    /** A staff list sent by mistake instead of the form. */
    static String staffList(DemoUnit unit, UnitProfile profile, YearMonth period) {
        return folder(unit, period) + unit.name() + "在职人员名册" + extension(profile);
    }

    private static String folder(DemoUnit unit, YearMonth period) {
        String inPeriod = period + "/";
        return switch (unit.countyCode()) {
            case UnitNames.CITY_CODE -> inPeriod + "市直部门/";
            case "990105", "990122" -> inPeriod;
            case "990123" -> inPeriod + "青川县/" + (unit.level().equals(DemoUnit.TOWNSHIP) ? "乡镇/" : "");
            default -> inPeriod + unit.countyName() + "/";
        };
    }

    private static String fileName(DemoUnit unit, int style, YearMonth period) {
        String name = unit.name();
        String shortName = unit.aliases().isEmpty() ? name : unit.aliases().get(0);
        int year = period.getYear();
        int month = period.getMonthValue();
        String padded = String.format("%02d", month);
        return switch (style) {
            case 0 -> name + "-" + year + "年" + month + "月";
            case 1 -> name + year + "年" + month + "月政府信息公开工作统计表";
            case 2 -> year + "年" + month + "月" + shortName + "政务公开月报";
            case 3 -> shortName + month + "月报表";
            case 4 -> "政府信息公开月度统计表（" + name + "）" + year + "." + padded;
            case 5 -> year + padded + "_" + name;
            default -> "附件2：" + name + year + "年" + month + "月政府信息公开情况统计表";
        };
    }

    private static String extension(UnitProfile profile) {
        return profile.legacy() ? ".xls" : ".xlsx";
    }

    private static String beforeExtension(String path, String suffix) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + suffix + path.substring(dot);
    }
}
