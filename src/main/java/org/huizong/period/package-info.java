/**
 * The run of one period: its form, the city's unit directory and settings, and its input, output and configuration
 * folders ({@link org.huizong.period.RunContext}), built from each run's job parameters; below every feature that works on a period.
 */
package org.huizong.period;
