/**
 * Constraints for an application's own text fields that hold identifiers, with the same rules as core's
 * identifier types: {@link dev.symposia.validation.constraints.OrcidFormat},
 * {@link dev.symposia.validation.constraints.RorIdFormat},
 * {@link dev.symposia.validation.constraints.IsniFormat},
 * {@link dev.symposia.validation.constraints.WikidataIdFormat},
 * {@link dev.symposia.validation.constraints.CountryCodeFormat},
 * {@link dev.symposia.validation.constraints.DoiFormat} and
 * {@link dev.symposia.validation.constraints.LocalIdFormat}. Each is named for the core type it checks,
 * with {@code Format}, so that one class can import both.
 *
 * <pre>{@code
 * class SpeakerForm { @NotNull @OrcidFormat String orcid; @CountryCodeFormat String country; }
 * }</pre>
 *
 * <p>Each delegates to the {@code isValid} method of the core type, so a text a constraint accepts is
 * exactly a text the type's {@code parse} or {@code of} accepts. Null is valid. These constraints work with
 * any Jakarta Validation 3.1 validator without further configuration; their messages come from the
 * {@code ContributorValidationMessages} bundle, in English and Simplified Chinese.
 */
package dev.symposia.validation.constraints;
