package org.huizong.monthly;

import java.io.IOException;
import java.util.List;
import org.huizong.output.StandingOutputs;
import org.huizong.period.RunContext;
import org.huizong.system.JobStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;

/**
 * Outputs made from the figures only ({@link PublishingDecider#FIGURES}): written unless those written from the same
 * figures are all there ({@link StandingOutputs}, recorded under the step's name), else left as they are.
 */
final class FiguresOutputs {

    private static final Logger log = LoggerFactory.getLogger(FiguresOutputs.class);

    private FiguresOutputs() {}

    @FunctionalInterface
    interface Writer {
        void write() throws IOException;
    }

    /** Whether the files were written (else they stood). */
    static boolean writeUnlessStanding(
            StepContribution contribution, RunContext run, JobStep step, List<String> files, Writer writer)
            throws IOException {
        String figures = contribution
                .getStepExecution()
                .getJobExecution()
                .getExecutionContext()
                .getString(PublishingDecider.FIGURES);
        if (StandingOutputs.stand(run.periodOutput(), step.stepName(), figures, files)) {
            log.info(
                    "period {}: the figures are as when {} were written; they are left as they are",
                    run.period(),
                    files);
            return false;
        }
        writer.write();
        StandingOutputs.record(run.periodOutput(), step.stepName(), figures);
        return true;
    }
}
