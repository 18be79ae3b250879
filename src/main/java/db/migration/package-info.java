/**
 * Flyway's migrations written in Java, for a change SQL cannot make portably (decoding a stored text); Flyway finds
 * them beside the SQL migrations of {@code db/migration} and runs both in version order.
 */
package db.migration;
