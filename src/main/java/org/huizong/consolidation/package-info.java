/**
 * Consolidation of a period: records the units that count (current version, no ERROR finding) and sums their stored
 * values by county, category and city in one pass in Java; the roll-up of each unit's months; each unit's status.
 * Owns counted_unit, consolidated_value, form_item, annual_rollup and annual_rollup_unit; its read models are
 * UnitStatuses, CountedUnits, ScopeValues, CountedValues and RolledUpUnits.
 */
package org.huizong.consolidation;
