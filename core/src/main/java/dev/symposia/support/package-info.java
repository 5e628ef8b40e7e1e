/**
 * Commercial support of medical meetings, as they declare it: {@link dev.symposia.support.CommercialSupport} by
 * a company, of a {@link dev.symposia.support.SupportKind kind} such as an educational grant or an exhibit,
 * kept apart from the academic roles institutions play.
 */
@ModelStyle
package dev.symposia.support;

import dev.symposia.internal.ModelStyle;
