package org.huizong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.monthly.MonthlyJobConfiguration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "monthly", mixinStandardHelpOptions = true,
        description = "月度任务：读取 input/<期>/ 的全部工作簿，校验、入库、汇总，输出到 output/<期>/")
final class MonthlyCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "月份，例如 2026-10")
    String period;

    @Option(names = "--allow-empty", description = "收件目录中没有任何文件时仍运行并发布（默认不运行）")
    boolean allowEmpty;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() throws Exception {
        ReportPeriod month = PeriodArgument.parse(period, PeriodKind.MONTH);
        new OpenPeriods(java.time.Clock.systemDefaultZone()).require(month);
        options.requireConfig(month.code());
        InputFolder.requireFiles(options.input, month, allowEmpty);
        try (JobRunner runner = new JobRunner(options.springProperties(Path.of("data")))) {
            return new PeriodRun(runner, options, System.out, MonthlyJobConfiguration.JOB).run(month);
        }
    }
}
