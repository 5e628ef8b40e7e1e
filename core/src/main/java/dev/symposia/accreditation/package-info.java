/**
 * Continuing medical education: the {@link dev.symposia.accreditation.Accreditation} of an event or a session by
 * an accreditor, under a scheme, for {@link dev.symposia.accreditation.Credit credits} of a stated kind.
 */
@ModelStyle
package dev.symposia.accreditation;

import dev.symposia.internal.ModelStyle;
