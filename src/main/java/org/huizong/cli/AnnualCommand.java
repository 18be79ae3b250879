package org.huizong.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.huizong.annual.AnnualJobConfiguration;
import org.huizong.form.PeriodKind;
import org.huizong.form.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "annual", mixinStandardHelpOptions = true)
final class AnnualCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YYYY")
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
