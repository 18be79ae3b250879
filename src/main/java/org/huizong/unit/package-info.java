/**
 * The unit directory ({@code units.csv}): who reports, in which county, level and category, from when to when; the
 * USCC and its check character, the city's settings ({@code city.yml}), and the directory stored as each period had it
 * (period_unit, which it owns and keeps for every feature to read).
 */
package org.huizong.unit;
