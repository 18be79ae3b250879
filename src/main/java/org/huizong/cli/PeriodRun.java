package org.huizong.cli;

import java.io.PrintStream;
import java.util.List;
import org.huizong.form.ReportPeriod;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.JobStep;
import org.huizong.system.JobSteps;
import org.huizong.text.Messages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** Runs a period's job (monthly or annual) with a progress bar, then prints the closing summary. */
final class PeriodRun {

    private final JobRunner runner;
    private final JobOptions options;
    private final PrintStream out;
    private final String jobName;

    PeriodRun(JobRunner runner, JobOptions options, PrintStream out, String jobName) {
        this.runner = runner;
        this.options = options;
        this.out = out;
        this.jobName = jobName;
    }

    int run(ReportPeriod month) throws Exception {
        return run(month, true);
    }

    /** Runs the period; {@code fullSummary} false prints one line instead of the closing summary. */
    int run(ReportPeriod month, boolean fullSummary) throws Exception {
        IngestionProgress progress = runner.bean(IngestionProgress.class);
        progress.reset(0);
        long declinesBefore = org.huizong.form.FastPath.STREAMED_READER.declines();
        JobExecution execution;
        StepLines stepLines = new StepLines(runner.bean(org.springframework.jdbc.core.simple.JdbcClient.class));
        try (ProgressBar bar = new ProgressBar(progress, stepLines, System.err)) {
            execution = runner.run(jobName, month.code(), options);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<StepExecution> failed = JobSteps.failed(execution);
            String cause = (failed.isEmpty()
                            ? execution.getAllFailureExceptions()
                            : failed.get(0).getFailureExceptions())
                    .stream().map(Throwable::toString).findFirst().orElse(Messages.text("cli.run.causeInLog"));
            out.println(
                    failed.isEmpty()
                            ? Messages.text("cli.run.failed", month.code(), execution.getStatus(), cause)
                            : Messages.text(
                                    "cli.run.failed.steps",
                                    month.code(),
                                    execution.getStatus(),
                                    JobSteps.failedNames(failed),
                                    cause));
            out.println(Messages.text("cli.run.resume"));
            return HuizongCommand.FAILED;
        }
        if (execution.getStepExecutions().stream()
                .noneMatch(s -> s.getStepName().equals(JobStep.OUTPUT_FOLDER.stepName()))) {
            out.println(Messages.text("cli.run.unchanged", options.output.resolve(month.code())));
        }
        var files = runner.bean(org.huizong.submission.ReceivedFileRepository.class)
                .finalStatuses(progress.pendingInboxIds());
        RunSummary summary = new RunSummary(
                files,
                org.huizong.form.FastPath.STREAMED_READER.declines() - declinesBefore,
                options.output.resolve(month.code()));
        if (fullSummary) {
            summary.print(month, out);
        } else {
            summary.printShort(month, out);
        }
        return HuizongCommand.OK;
    }
}
