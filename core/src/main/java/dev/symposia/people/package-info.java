/**
 * People who take part in symposia: {@link dev.symposia.people.Speaker}, their names, honorifics and the
 * positions they held at the time.
 */
@ModelStyle
package dev.symposia.people;

import dev.symposia.internal.ModelStyle;
