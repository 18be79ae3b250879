/**
 * Scaling out: the partitions of the jobs' partitioned steps handed to worker processes over a RabbitMQ queue
 * ({@code --workers remote}), the worker's side (the {@code worker} command), and the manager's wait for them.
 */
package org.huizong.workers;
