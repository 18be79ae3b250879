package org.huizong.system;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Holds the {@link PeriodLease} for a job's whole run: taken before the first step, renewed at each, given back at the end. */
public final class PeriodLeaseListener implements JobExecutionListener, StepExecutionListener {

    private final PeriodLease lease;

    public PeriodLeaseListener(PeriodLease lease) {
        this.lease = lease;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            lease.acquire(period(execution), owner(execution));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the period", e);
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        lease.release(period(execution), owner(execution));
    }

    @Override
    public void beforeStep(StepExecution step) {
        lease.renew(period(step.getJobExecution()), owner(step.getJobExecution()));
    }

    private static String period(JobExecution execution) {
        return execution.getJobParameters().getString(JobParameterNames.PERIOD);
    }

    /** The job instance: a restart of a killed run is the same owner. */
    private static String owner(JobExecution execution) {
        return execution.getJobInstance().getJobName() + "#"
                + execution.getJobInstance().getInstanceId();
    }
}
