package org.huizong.system;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** Builds the tasklet steps of the jobs. */
public final class TaskletSteps {

    private TaskletSteps() {}

    /** A step that derives everything from what is stored, so a restart runs it again from scratch. */
    public static Step rerunnable(
            JobStep step, JobRepository jobRepository, PlatformTransactionManager tm, Tasklet tasklet) {
        return new StepBuilder(step.stepName(), jobRepository)
                .tasklet(tasklet, tm)
                .allowStartIfComplete(true)
                .build();
    }
}
