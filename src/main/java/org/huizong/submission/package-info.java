/**
 * Received files from the inbox to the database: the scan of {@code input/<period>/}, the archive, the ingestion
 * chunk step (read, validate, store), versions and statuses, 说明 carried over, and the history and cross-unit findings.
 * Owns inbox_file, received_file (ReceivedFileStore), item_value and cell_layout, finding and file_justification
 * (FindingStore), history_check, period_finding and version_change; the features above read them through its read
 * models: SubmittedFiles, UnitFiles, FileFindings, FindingLists, InboxContents and StoredValues.
 */
package org.huizong.submission;
