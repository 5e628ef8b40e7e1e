/**
 * Constraints for an application's own text fields that hold identifiers, with the same rules as core's
 * identifier types: {@link dev.symposia.validation.constraints.Orcid},
 * {@link dev.symposia.validation.constraints.RorId}, {@link dev.symposia.validation.constraints.Isni},
 * {@link dev.symposia.validation.constraints.WikidataId},
 * {@link dev.symposia.validation.constraints.CountryCode} and
 * {@link dev.symposia.validation.constraints.LocalId}.
 *
 * <pre>{@code
 * class SpeakerForm { @NotNull @Orcid String orcid; @CountryCode String country; }
 * }</pre>
 *
 * <p>Each delegates to the {@code isValid} method of the core type, so a text a constraint accepts is
 * exactly a text the type's {@code parse} or {@code of} accepts. Null is valid. These constraints work with
 * any Jakarta Validation 3.1 validator without further configuration; their messages come from the
 * {@code ContributorValidationMessages} bundle, in English and Simplified Chinese.
 */
package dev.symposia.validation.constraints;
