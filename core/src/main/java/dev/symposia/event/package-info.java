/**
 * Symposia and their programmes: the {@link dev.symposia.event.Symposium} aggregate, its
 * {@link dev.symposia.event.Session sessions}, who took part and how, the roles institutions played,
 * awards, statistics, related events and the sources of the record.
 */
@ModelStyle
package dev.symposia.event;

import dev.symposia.internal.ModelStyle;
