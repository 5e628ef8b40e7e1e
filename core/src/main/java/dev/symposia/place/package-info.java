/**
 * Places: the countries and territories where symposia happen and institutions are based, and the
 * {@link dev.symposia.place.Place} of an event, down to the building and room.
 *
 * <pre>{@code
 * CountryCode country = CountryCode.of("JP");
 * country.displayName(Locale.ENGLISH); // "Japan"
 * }</pre>
 *
 * <p>Every refusal is an {@link dev.symposia.InvalidModelException} that names the type, the attribute,
 * the rule and the refused value. All types are immutable and thread-safe.
 */
@ModelStyle
package dev.symposia.place;

import dev.symposia.internal.ModelStyle;
