/**
 * Identifiers of people, organisations and things, and the local identifiers by which the parts of a
 * symposium refer to each other.
 *
 * <pre>{@code
 * Orcid speaker = Orcid.parse("0000-0002-1825-0097");
 * RorId institution = RorId.parse("https://ror.org/013meh722");
 * }</pre>
 *
 * <p>The global identifiers ({@link dev.symposia.identifier.Orcid}, {@link dev.symposia.identifier.RorId},
 * {@link dev.symposia.identifier.Isni}, {@link dev.symposia.identifier.WikidataId}) each accept their bare
 * form and their URI forms through {@code parse}, verify the check characters where the scheme has them,
 * keep a canonical {@code value()}, and print their canonical URI from {@code toString()}, which
 * {@code parse} reads back. {@code isValid} tells whether a text would be accepted without throwing.
 * None of them looks anything up: a well-formed identifier may still belong to nobody.
 *
 * <p>{@link dev.symposia.identifier.LocalId} is the identifier that speakers, institutions, sessions,
 * agreements and awards carry within one symposium.
 *
 * <p>Every refusal is an {@link dev.symposia.InvalidModelException} that names the type, the attribute
 * {@code value}, the rule and the refused text. All types are immutable and thread-safe.
 */
package dev.symposia.identifier;
