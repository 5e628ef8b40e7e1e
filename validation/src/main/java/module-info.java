/**
 * Jakarta Validation for the Symposia model: the rules across a programme that core does not enforce
 * (sessions within the dates, nobody in two places at once, signatories with positions, consistent
 * statistics, hierarchies without cycles, editions in order, suspicious identifiers), and constraints for
 * text fields that hold identifiers.
 *
 * <p>Hibernate Validator is the provider; it instantiates the validators of the non-exported
 * {@code internal} package, which is opened to it alone.
 */
module dev.symposia.validation {
  requires transitive dev.symposia.core;
  requires transitive jakarta.validation;
  // Transitive: SymposiaConstraintMappingContributor implements one of its interfaces.
  requires transitive org.hibernate.validator;

  exports dev.symposia.validation;
  exports dev.symposia.validation.constraints;
  exports dev.symposia.validation.rules;

  opens dev.symposia.validation.internal to org.hibernate.validator;
}
