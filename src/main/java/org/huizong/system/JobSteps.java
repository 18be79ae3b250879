package org.huizong.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.huizong.text.Messages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The steps of a job's execution by the names the office reads ({@link JobStep}), in the order the jobs run them. */
public final class JobSteps {

    private JobSteps() {}

    /** The office's name for a step (a partition of the ingestion is named as the ingestion); an unknown step by its name. */
    public static String label(String stepName) {
        return step(stepName).map(JobStep::label).orElse(stepName);
    }

    /** A step's name without its partition ({@code ingestWorkerStep:partition0}). */
    public static String base(String stepName) {
        return stepName.contains(":") ? stepName.substring(0, stepName.indexOf(':')) : stepName;
    }

    /** The steps that failed, in the order the jobs run them: branches of publishing may fail side by side. */
    public static List<StepExecution> failed(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .sorted(Comparator.comparingInt(
                        s -> step(s.getStepName()).map(Enum::ordinal).orElse(JobStep.values().length)))
                .toList();
    }

    /** "输出文件、报告失败" for the steps that failed; empty when none did. */
    public static String failedNames(List<StepExecution> failed) {
        return failed.isEmpty()
                ? ""
                : Messages.text(
                        "step.failed",
                        failed.stream()
                                .map(s -> label(s.getStepName()))
                                .distinct()
                                .collect(Collectors.joining(Messages.text("step.failed.separator"))));
    }

    private static Optional<JobStep> step(String stepName) {
        String base = base(stepName);
        return Arrays.stream(JobStep.values())
                .filter(s -> s.stepName().equals(base))
                .findFirst();
    }
}
