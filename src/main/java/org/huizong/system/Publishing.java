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

    private Publishing() {
    }

    /** The branches at the same time, each on a thread of its own; done when all are. */
    public static Flow sideBySide(Flow... branches) {
        return new FlowBuilder<Flow>("publishing").split(new SimpleAsyncTaskExecutor("publish-")).add(branches).build();
    }

    /** A branch: its steps one after the other. */
    public static Flow branch(Step first, Step... then) {
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>(first.getName() + "Branch").start(first);
        for (Step step : then) {
            flow.next(step);
        }
        return flow.build();
    }
}
