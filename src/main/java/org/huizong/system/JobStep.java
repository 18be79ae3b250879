package org.huizong.system;

import org.huizong.text.Messages;

/**
 * Every step of the jobs, by the name the job repository stores, in the order the jobs run them (publishing's branches
 * as the jobs declare them); the office reads each by its label, {@code step.<name>} in the message bundle.
 */
public enum JobStep {
    SCAN("scanStep"),
    INGEST("ingestStep"),
    INGEST_WORKER("ingestWorkerStep"),
    VERSION("versionStep"),
    HISTORY("historyStep"),
    ROLLUP("rollupStep"),
    CROSS_UNIT("crossUnitStep"),
    CONSOLIDATE("consolidateStep"),
    OUTPUT_FOLDER("outputFolderStep"),
    CSV("csvStep"),
    SUMMARY("summaryStep"),
    VALIDATION_REPORT("validationReportStep"),
    RANKING("rankingStep"),
    REPORT("reportStep"),
    FEEDBACK("feedbackStep"),
    FEEDBACK_WORKER("feedbackWorkerStep"),
    UNIT_TABLES("unitTablesStep"),
    DRAFT_REPORT("draftReportStep"),
    PUBLISHED("publishedStep");

    private final String stepName;

    JobStep(String stepName) {
        this.stepName = stepName;
    }

    /** The name in the job repository (a partition's is this name and {@code :partitionN}). */
    public String stepName() {
        return stepName;
    }

    /** The office's name for the step. */
    public String label() {
        return Messages.text("step." + stepName);
    }
}
