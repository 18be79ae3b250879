/**
 * The demo city: a plan, deterministic from its seed, of units and months of submissions with planted mistakes and file
 * defects, and the workbooks written from it as bureaus send them; for the demo and bench commands and the tests.
 */
package org.huizong.demo;
