package org.huizong.monthly;

import org.huizong.period.RunContext;
import org.huizong.submission.JustificationCarryOver;
import org.huizong.submission.VersionAssigner;
import org.huizong.submission.VersionChanges;
import org.huizong.system.TableStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Numbers each unit's versions, records what later versions changed and carries answered warnings over. */
@Component
@JobScope
class VersionTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(VersionTasklet.class);

    private final RunContext run;
    private final VersionAssigner versions;
    private final VersionChanges changes;
    private final JustificationCarryOver justifications;
    private final TableStatistics statistics;

    VersionTasklet(
            RunContext run,
            VersionAssigner versions,
            VersionChanges changes,
            JustificationCarryOver justifications,
            TableStatistics statistics) {
        this.run = run;
        this.versions = versions;
        this.changes = changes;
        this.justifications = justifications;
        this.statistics = statistics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        String period = run.period().code();
        statistics.refresh(
                "inbox_file",
                "received_file",
                "item_value",
                "cell_layout",
                "finding",
                "file_justification",
                "period_unit");
        int current = versions.assign(period);
        int changed = changes.record(period);
        int answered = justifications.carry(period);
        log.info(
                "period {}: {} units with a current version, {} items changed by later versions, {} warnings answered as in the"
                        + " previous version",
                period,
                current,
                changed,
                answered);
        return RepeatStatus.FINISHED;
    }
}
