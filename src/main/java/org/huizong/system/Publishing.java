package org.huizong.system;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.step.Step;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The steps that publish a consolidated period (the CSV files and workbooks, the PDF reports, the ranking, the
 * feedback workbooks) run side by side, one branch each: they only read what the steps before them stored, and each
 * writes files of its own. On a machine with more than one core the period is published in the time of its longest
 * branch instead of the sum of all.
 */
public final class Publishing {

    private Publishing() {}

    /**
     * The steps side by side, each a branch on a thread of its own, at most {@code atOnce} at a time in the order given
     * (the longest first finish soonest); done when all are.
     */
    public static Flow sideBySide(int atOnce, Step... steps) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("publish-");
        executor.setConcurrencyLimit(Math.max(1, atOnce));
        Flow[] branches = new Flow[steps.length];
        for (int i = 0; i < steps.length; i++) {
            branches[i] = new FlowBuilder<Flow>(steps[i].getName() + "Branch")
                    .start(steps[i])
                    .build();
        }
        return new FlowBuilder<Flow>("publishing").split(executor).add(branches).build();
    }
}
