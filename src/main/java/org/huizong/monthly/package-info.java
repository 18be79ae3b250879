/**
 * The monthly job and the steps it shares with the annual one (scan, ingest, versions, history and cross-unit rules,
 * consolidation, publishing), each step a class of its own made per run; with the fingerprint that lets a rerun skip publishing.
 */
package org.huizong.monthly;
