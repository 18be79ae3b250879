/**
 * Received files from the inbox to the database: the scan of {@code input/<period>/}, the archive, the ingestion
 * chunk step (read, validate, store), versions and statuses, 说明 carried over, and the history and cross-unit findings.
 * Owns inbox_file, received_file, finding and file_justification (FindingStore), history_check, period_finding, version_change.
 */
package org.huizong.submission;
