package org.huizong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import org.huizong.monthly.MonthlyJobConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "monthly", mixinStandardHelpOptions = true)
final class MonthlyCommand implements Callable<Integer> {

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM")
    String period;

    @Option(names = "--allow-empty")
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
