package org.huizong.demo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a unit's true values and its plan for the month into the files it sends. */
final class SubmissionFactory {

    private final Draw draw;
    private final MistakePlanter planter;

    SubmissionFactory(Draw draw) {
        this.draw = draw;
        this.planter = new MistakePlanter(draw);
    }

    List<DemoSubmission> submissions(
            DemoUnit unit, UnitProfile profile, YearMonth period, UnitMonthPlan plan, CellValues truth) {
        if (plan.missing()) {
            return List.of();
        }
        String path = FileNaming.path(unit, profile, period);
        LocalDateTime received = plan.late()
                ? ReceiptTimes.late(period, draw)
                : plan.correctedRule().isEmpty() ? ReceiptTimes.onTime(period, draw) : ReceiptTimes.early(period, draw);
        List<DemoSubmission> files = new ArrayList<>();
        if (plan.defect() != FileDefect.NONE) {
            files.add(defective(unit, profile, period, plan.defect(), truth, received));
        } else if (!plan.correctedRule().isEmpty()) {
            DemoSubmission first =
                    mistaken(unit, period, List.of(plan.correctedRule()), profile, truth, path, received, 1);
            files.add(first);
            files.add(new DemoSubmission(
                    unit,
                    period,
                    truth.snapshot(),
                    Map.of(),
                    first.variants(),
                    FileDefect.NONE,
                    FileNaming.corrected(path, profile.namingStyle()),
                    received.plusDays(draw.between(1, 3)),
                    2,
                    List.of()));
        } else if (!plan.rules().isEmpty()) {
            files.add(mistaken(unit, period, plan.rules(), profile, truth, path, received, 1));
        } else {
            Set<Variant> wanted = EnumSet.noneOf(Variant.class);
            wanted.addAll(profile.habits());
            wanted.addAll(plan.extraVariants());
            Set<Variant> variants = VariantRules.compatible(wanted);
            Map<String, String> texts =
                    variants.contains(Variant.TEXT_NUMBERS) ? TextNumbers.pick(truth, draw) : Map.of();
            files.add(new DemoSubmission(
                    unit, period, truth.snapshot(), texts, variants, FileDefect.NONE, path, received, 1, List.of()));
        }
        if (plan.duplicated()) {
            DemoSubmission original = files.get(0);
            files.add(new DemoSubmission(
                    unit,
                    period,
                    original.values(),
                    original.rawTexts(),
                    original.variants(),
                    FileDefect.DUPLICATE_COPY,
                    FileNaming.copy(path, profile.namingStyle()),
                    received.plusMinutes(draw.between(5, 90)),
                    1,
                    List.of(new PlantedMistake("F09", "", "byte-identical copy of " + path))));
        }
        return files;
    }

    /** A file of a unit that is not in the directory for the period. */
    DemoSubmission unknown(DemoUnit unit, UnitProfile profile, YearMonth period, CellValues values) {
        return defective(unit, profile, period, FileDefect.UNKNOWN_UNIT, values, ReceiptTimes.onTime(period, draw));
    }

    private DemoSubmission mistaken(
            DemoUnit unit,
            YearMonth period,
            List<String> rules,
            UnitProfile profile,
            CellValues truth,
            String path,
            LocalDateTime received,
            int version) {
        CellValues values = CellValues.copyOf(truth.snapshot());
        Map<String, String> texts = new LinkedHashMap<>();
        List<PlantedMistake> mistakes = new ArrayList<>();
        for (String rule : rules) {
            mistakes.addAll(planter.plant(rule, values, texts));
        }
        return new DemoSubmission(
                unit,
                period,
                values.snapshot(),
                texts,
                VariantRules.forMistakes(profile.habits()),
                FileDefect.NONE,
                path,
                received,
                version,
                mistakes);
    }

    private DemoSubmission defective(
            DemoUnit unit,
            UnitProfile profile,
            YearMonth period,
            FileDefect defect,
            CellValues truth,
            LocalDateTime received) {
        String path = defect == FileDefect.NOT_A_FORM
                ? FileNaming.staffList(unit, profile, period)
                : FileNaming.path(unit, profile, period);
        String item = defect == FileDefect.RENAMED_LABEL_T3_R04 ? "T3.R04" : "";
        Set<Variant> variants = profile.legacy() ? EnumSet.of(Variant.LEGACY_XLS) : EnumSet.noneOf(Variant.class);
        return new DemoSubmission(
                unit,
                period,
                truth.snapshot(),
                Map.of(),
                variants,
                defect,
                path,
                received,
                1,
                List.of(new PlantedMistake(defect.rule(), item, describe(defect))));
    }

    private static String describe(FileDefect defect) {
        return switch (defect) {
            case MISSING_SHEET_T4 -> "sheet 表四 left out";
            case RENAMED_LABEL_T3_R04 -> "表三 row label written as （二）部分公开信息";
            case WRONG_PERIOD -> "统计期 written as the previous month";
            case BAD_USCC_CHECK -> "统一社会信用代码 with a wrong check character";
            case UNKNOWN_UNIT -> "unit not in the directory for this period";
            case CORRUPT_BYTES -> "random bytes with a workbook extension";
            case NOT_A_FORM -> "a staff list instead of the form";
            default -> defect.name();
        };
    }
}
