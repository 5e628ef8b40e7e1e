/**
 * Places: the countries and territories where symposia happen and institutions are based.
 *
 * <pre>{@code
 * CountryCode country = CountryCode.of("JP");
 * country.displayName(Locale.ENGLISH); // "Japan"
 * }</pre>
 *
 * <p>Every refusal is an {@link dev.symposia.InvalidModelException} that names the type, the attribute,
 * the rule and the refused value. All types are immutable and thread-safe.
 */
package dev.symposia.place;
