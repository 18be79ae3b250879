/**
 * Plumbing of the jobs: {@code huizong.*} properties, job parameter and step names, a period's run context and lease,
 * partitioned and side-by-side steps; {@code PipelineBeans} also wires the features' repositories and exporters.
 */
package org.huizong.system;
