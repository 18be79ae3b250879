package org.huizong.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.step.Step;

/** The steps of the application context, found by their {@link JobStep}: a job lists its steps by these names. */
public final class JobStepBeans {

    private final List<Step> steps;

    public JobStepBeans(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public Step get(JobStep step) {
        return steps.stream()
                .filter(s -> s.getName().equals(step.stepName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no step " + step.stepName() + " is defined"));
    }

    /** These steps, in this order. */
    public Step[] get(JobStep... some) {
        return Arrays.stream(some).map(this::get).toArray(Step[]::new);
    }
}
