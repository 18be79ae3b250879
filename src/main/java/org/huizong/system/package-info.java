/**
 * Plumbing of the jobs: {@code huizong.*} properties, job parameter and step names, the period lease, partitioned and
 * side-by-side steps, the tables' statistics, what each feature's outputs are made from (PublishedSources); it imports
 * no feature, and each feature wires its own beans. Owns period_lease.
 */
package org.huizong.system;
