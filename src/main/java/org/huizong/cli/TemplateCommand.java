package org.huizong.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.huizong.form.FormCatalog;
import org.huizong.form.FormDescriptor;
import org.huizong.form.InfoField;
import org.huizong.form.ReportPeriod;
import org.huizong.form.write.FormWorkbookWriter;
import org.huizong.unit.Unit;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.huizong.unit.Uscc;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "生成报表模板：官方版式、标题原文，基本信息已预填；不指定 --unit 时为每个报送单位各生成一份")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2026-10 (GIA-M) or 2026 (GIA-Y)")
    String period;

    @Option(names = "--unit", paramLabel = "USCC", description = "只为这一个单位生成")
    String unit;

    @Option(names = "--out", paramLabel = "DIR", description = "写到哪里（默认 output/<期>/模板）")
    Path out;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config", description = "配置目录：units.csv、附加表式（默认 ${DEFAULT-VALUE}）")
    Path config;

    @Override
    public Integer call() throws Exception {
        ReportPeriod reportPeriod;
        try {
            reportPeriod = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("期别写法不对：“" + period + "”。月份写作 2026-10，年度写作 2026。");
        }
        if (!config.resolve("units.csv").toFile().isFile()) {
            throw new UsageProblem("找不到 " + config.resolve("units.csv") + "（用 --config 指定配置目录）");
        }
        UnitDirectory directory = new UnitDirectoryCsv().read(config.resolve("units.csv"));
        List<Unit> units = unit == null ? directory.activeIn(reportPeriod)
                : List.of(directory.byUscc(Uscc.normalise(unit), reportPeriod)
                        .orElseThrow(() -> new UsageProblem("单位名录中没有统一社会信用代码为 " + unit + " 的单位")));
        FormDescriptor form = FormCatalog.load(config).get(reportPeriod.formCode());
        Path folder = out != null ? out : Path.of("output", reportPeriod.code(), "模板");
        FormWorkbookWriter writer = new FormWorkbookWriter();
        int deadlineDay = config.resolve("city.yml").toFile().isFile()
                ? org.huizong.unit.CitySettings.read(config.resolve("city.yml")).monthlyDeadlineDay() : 5;
        for (Unit u : units) {
            Map<String, String> info = Map.of(InfoField.UNIT_NAME, u.name(), InfoField.USCC, u.uscc(), InfoField.COUNTY,
                    u.countyName(), InfoField.PERIOD, reportPeriod.label(), InfoField.TEMPLATE, form.templateVersion());
            writer.writeTemplate(form, info, deadlineDay,
                    folder.resolve(u.countyName()).resolve(u.name() + "_" + reportPeriod.label() + "_" + form.name() + ".xlsx"));
        }
        System.out.printf("已生成 %d 份 %s 模板（%s）：%s%n", units.size(), form.code(), reportPeriod.label(), folder);
        return HuizongCommand.OK;
    }
}
