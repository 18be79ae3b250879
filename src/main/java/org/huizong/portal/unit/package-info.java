/**
 * One unit's period as a coordinator, the office or an assessor sees it: status, findings of the current version,
 * versions, returns, and every value with the sheet and cell it was read from.
 */
package org.huizong.portal.unit;
