package org.huizong.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.huizong.demo.DemoCityPlan;
import org.huizong.demo.DemoSubmission;
import org.huizong.demo.DemoUnit;
import org.huizong.demo.DemoUsccCodes;
import org.huizong.demo.FileDefect;
import org.huizong.demo.UnitsCsv;

/**
 * A city of any size made from the demo city's last month: each of its submissions (with their styles, variants and
 * mistakes) is repeated under new units until there are as many workbooks as asked, one unit per workbook.
 */
public final class BenchCity {

    public static final YearMonth MONTH = YearMonth.of(2026, 10);

    private final List<DemoUnit> units;
    private final List<DemoSubmission> submissions;
    private final DemoCityPlan plan;

    private BenchCity(DemoCityPlan plan, List<DemoUnit> units, List<DemoSubmission> submissions) {
        this.plan = plan;
        this.units = List.copyOf(units);
        this.submissions = List.copyOf(submissions);
    }

    public static BenchCity generate(int files, long seed) {
        DemoCityPlan plan = DemoCityPlan.generate(seed, MONTH, 4);
        List<DemoSubmission> templates = plan.submissionsFor(MONTH).stream()
                .filter(s -> s.defect() != FileDefect.DUPLICATE_COPY
                        && s.defect() != FileDefect.UNKNOWN_UNIT
                        && s.version() == 1)
                .toList();
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoUnit> units = new ArrayList<>();
        List<DemoSubmission> submissions = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < files; i++) {
            DemoSubmission template = templates.get(i % templates.size());
            DemoUnit model = template.unit();
            String uscc;
            do {
                uscc = DemoUsccCodes.randomGovernmentOrgan(model.countyCode(), random);
            } while (!codes.add(uscc));
            DemoUnit unit = new DemoUnit(
                    uscc,
                    model.name() + "（" + (i + 1) + "）",
                    List.of(),
                    model.countyCode(),
                    model.countyName(),
                    model.level(),
                    model.category(),
                    "",
                    "");
            units.add(unit);
            String fileName =
                    template.relativePath().substring(template.relativePath().lastIndexOf('/') + 1);
            submissions.add(new DemoSubmission(
                    unit,
                    MONTH,
                    template.values(),
                    template.rawTexts(),
                    template.variants(),
                    template.defect(),
                    MONTH + "/" + (i / 500) + "/" + (i + 1) + "_" + fileName,
                    template.receivedAt(),
                    1,
                    template.mistakes()));
        }
        return new BenchCity(plan, units, submissions);
    }

    public String unitsCsv() {
        return UnitsCsv.format(units);
    }

    public String cityYml() {
        return plan.cityYml();
    }

    public List<DemoSubmission> submissions() {
        return submissions;
    }

    public DemoCityPlan plan() {
        return plan;
    }
}
