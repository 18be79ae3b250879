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
import org.huizong.text.Messages;
import org.huizong.unit.Unit;
import org.huizong.unit.UnitDirectory;
import org.huizong.unit.UnitDirectoryCsv;
import org.huizong.unit.Uscc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "PERIOD")
    String period;

    @Option(names = "--unit", paramLabel = "USCC")
    String unit;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "jobs/config")
    Path config;

    @Override
    public Integer call() throws Exception {
        ReportPeriod reportPeriod;
        try {
            reportPeriod = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(Messages.text("cli.period.malformed", period));
        }
        if (!config.resolve("units.csv").toFile().isFile()) {
            throw new UsageProblem(Messages.text("cli.config.fileMissing", config.resolve("units.csv")));
        }
        UnitDirectory directory = new UnitDirectoryCsv().read(config.resolve("units.csv"));
        List<Unit> units = unit == null
                ? directory.activeIn(reportPeriod)
                : List.of(directory
                        .byUscc(Uscc.normalise(unit), reportPeriod)
                        .orElseThrow(() -> new UsageProblem(Messages.text("cli.template.unknownUnit", unit))));
        FormDescriptor form = FormCatalog.load(config).get(reportPeriod.formCode());
        Path folder = out != null ? out : Path.of("output", reportPeriod.code(), Messages.text("cli.template.folder"));
        FormWorkbookWriter writer = new FormWorkbookWriter();
        int deadlineDay = config.resolve("city.yml").toFile().isFile()
                ? org.huizong.unit.CitySettings.read(config.resolve("city.yml")).monthlyDeadlineDay()
                : 5;
        for (Unit u : units) {
            Map<String, String> info = Map.of(
                    InfoField.UNIT_NAME,
                    u.name(),
                    InfoField.USCC,
                    u.uscc(),
                    InfoField.COUNTY,
                    u.countyName(),
                    InfoField.PERIOD,
                    reportPeriod.label(),
                    InfoField.TEMPLATE,
                    form.templateVersion());
            writer.writeTemplate(
                    form,
                    info,
                    deadlineDay,
                    folder.resolve(u.countyName())
                            .resolve(u.name() + "_" + reportPeriod.label() + "_" + form.name() + ".xlsx"));
        }
        System.out.println(
                Messages.text("cli.template.written", units.size(), form.code(), reportPeriod.label(), folder));
        return HuizongCommand.OK;
    }
}
