/**
 * Counts of people, sessions and other things, as precisely as the sources give them.
 *
 * <pre>{@code
 * Count experts = Count.parse("more than 200");
 * Count departments = Count.several();   // "several local government departments"
 * }</pre>
 *
 * <p>A {@link dev.symposia.quantity.Count} is exact, a lower bound, an approximation, "several" or unknown, and keeps
 * the precision its source used, so that a model says exactly as much as the report does and no more.
 */
package dev.symposia.quantity;
