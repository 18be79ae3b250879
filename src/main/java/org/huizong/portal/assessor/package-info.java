/**
 * The assessor's pages: a period's ranking with each score's breakdown, and the drill-down from a city or county total
 * to its units and the workbook, sheet and cell each value was read from.
 */
package org.huizong.portal.assessor;
