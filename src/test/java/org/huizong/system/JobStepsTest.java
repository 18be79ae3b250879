package org.huizong.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * Steps that failed side by side are named in the jobs' order, whatever order the repository hands them in; every step
 * has its label in the bundle.
 */
class JobStepsTest {

    @Test
    void failedStepsComeInTheJobsOrderAndAreNamedOnce() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "monthlyJob"), new JobParameters());
        long id = 10;
        for (String name : List.of(
                "feedbackStep",
                "consolidateStep",
                "reportStep",
                "ingestWorkerStep:partition1",
                "summaryStep",
                "ingestWorkerStep:partition0")) {
            StepExecution step = new StepExecution(id--, name, execution);
            step.setStatus(name.equals("consolidateStep") ? BatchStatus.COMPLETED : BatchStatus.FAILED);
            execution.addStepExecution(step);
        }

        List<StepExecution> failed = JobSteps.failed(execution);

        assertThat(failed)
                .extracting(s -> JobSteps.base(s.getStepName()))
                .containsExactly("ingestWorkerStep", "ingestWorkerStep", "summaryStep", "reportStep", "feedbackStep");
        assertThat(JobSteps.failedNames(failed)).isEqualTo("读取与校验、汇总表、报告、反馈工作簿失败");
        assertThat(JobSteps.failedNames(List.of())).isEmpty();
        assertThat(JobSteps.label("ingestWorkerStep:partition3")).isEqualTo("读取与校验");
        assertThat(JobSteps.label("someOtherStep")).isEqualTo("someOtherStep");
    }

    @Test
    void everyStepHasItsLabelInTheBundle() {
        for (JobStep step : JobStep.values()) {
            assertThat(step.label()).as(step.stepName()).isNotBlank().doesNotContain("step.");
        }
    }
}
