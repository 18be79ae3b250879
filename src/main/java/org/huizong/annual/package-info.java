/**
 * The annual job: the monthly job's steps run for a year on the GIA-Y workbooks of {@code input/<year>/} (plus
 * P-ANNUAL), each unit's months rolled up before consolidation, and the units' annual tables and report drafts.
 */
package org.huizong.annual;
