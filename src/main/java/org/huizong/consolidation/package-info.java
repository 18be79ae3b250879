/**
 * Consolidation of a period: records the units that count (current version, no ERROR finding) and sums their stored
 * values by county, category and city in one pass in Java; the roll-up of each unit's months; each unit's status.
 */
package org.huizong.consolidation;
