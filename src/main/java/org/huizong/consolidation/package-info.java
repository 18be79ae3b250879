/**
 * Consolidation of a period: records the units that count (current version, no ERROR finding) and sums their stored
 * values by county, category and city in one pass in Java; and the roll-up of each unit's months to the annual form.
 */
package org.huizong.consolidation;
