/**
 * The monthly job: scan a month's inbox, ingest every workbook (partitioned, chunked, restartable), versions, history
 * and cross-unit rules, consolidation and publishing; with the inputs' fingerprint that lets a rerun skip publishing.
 */
package org.huizong.monthly;
