/**
 * Received files from the inbox to the database: the scan of {@code input/<period>/}, the archive, the ingestion
 * chunk step (read, validate, store), versions and statuses, 说明 carried over, and the history and cross-unit findings.
 */
package org.huizong.submission;
