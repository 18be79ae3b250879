/**
 * Plumbing of the jobs: {@code huizong.*} properties, job parameter and step names, the period lease, partitioned and
 * side-by-side steps, the tables' statistics; it imports no feature, and each feature wires its own beans.
 */
package org.huizong.system;
