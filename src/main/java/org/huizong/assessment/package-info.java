/**
 * The assessment ranking: the model of {@code assessment.yml} (groups, indicators as JEXL formulas, scoring methods,
 * grades), each unit's and county's facts and points, monthly and annual ranks, ranking.csv, 排名.xlsx and 排名.pdf.
 * Owns ranking_run, ranking_entry and ranking_points, which the portal reads through StoredRankings.
 */
package org.huizong.assessment;
