package org.huizong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huizong.annual.AnnualJobConfiguration;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "annual", mixinStandardHelpOptions = true,
        description = "年度任务：把每个单位12个月的月报按各项的汇总方式汇总为年报，读取 input/<年>/ 的年度报表并校验，输出到 output/<年>/，并起草各单位、区县和全市的政府信息公开工作年度报告（年报/）")
final class AnnualCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年份，例如 2026")
    String year;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() throws Exception {
        ReportPeriod period = PeriodArgument.parse(year, PeriodKind.YEAR);
        new OpenPeriods(java.time.Clock.systemDefaultZone()).require(period);
        options.requireConfig(period.code());
        InputFolder.requireRoot(options.input);
        try (JobRunner runner = new JobRunner(options.springProperties(Path.of("data")))) {
            return new PeriodRun(runner, options, System.out, AnnualJobConfiguration.JOB).run(period);
        }
    }
}
