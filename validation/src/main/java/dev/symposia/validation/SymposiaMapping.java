package dev.symposia.validation;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.List;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * Attaches the rules to the core types, each as a class-level constraint with its severity as payload and
 * its severity's group: errors in {@link Default} and {@link Errors}, warnings in {@link Warnings} (and in
 * {@code Default} too for the module's own validators, which report everything).
 */
final class SymposiaMapping {
  /** The rules an agreement record is checked by: those about agreements, institutions and people. */
  static final List<Rule> RECORD_RULES = List.of(Rule.SIGNATORY_POSITION, Rule.SIGNATORY_POSITION_STATED,
      Rule.AGREEMENT_DATE, Rule.INSTITUTION_CYCLE, Rule.INSTITUTION_COUNTRY, Rule.ORCID_RANGE,
      Rule.ISNI_ORCID_BLOCK, Rule.IDENTIFIER_SHARED);

  private SymposiaMapping() {}

  /**
   * Adds every rule to a mapping: the programme rules on {@code Symposium}; the agreement, institution and
   * identifier rules also on {@code AgreementRecord}; the identifier warnings also on {@code Speaker} and
   * {@code Institution}; the series warning on {@link Editions}.
   *
   * @param mapping a new mapping, in which none of these types is configured yet; not null
   * @param warningsByDefault whether warnings are in {@code Default} too, as for the module's own validators
   */
  static void define(ConstraintMapping mapping, boolean warningsByDefault) {
    TypeConstraintMappingContext<Symposium> symposium = mapping.type(Symposium.class);
    for (Rule rule : new Rule[] {
      Rule.SESSION_DATES, Rule.SESSION_CYCLE, Rule.PERSON_OVERLAP, Rule.ROOM_OVERLAP, Rule.PLAN_CHANGED,
      Rule.STATUS_MODE, Rule.SIGNATORY_POSITION, Rule.SIGNATORY_POSITION_STATED, Rule.AGREEMENT_DATE,
      Rule.STATS_PART_WHOLE, Rule.STATS_LISTED, Rule.STATS_SHARE, Rule.INSTITUTION_CYCLE, Rule.INSTITUTION_COUNTRY,
      Rule.EDITION_FIRST_YEAR, Rule.EDITION_RELATED, Rule.ORCID_RANGE, Rule.ISNI_ORCID_BLOCK, Rule.IDENTIFIER_SHARED,
      Rule.CREDITS_DURATION, Rule.DISCLOSURE_STATED, Rule.SPONSOR_ACCREDITOR, Rule.ABSTRACT_REPEATED
    }) {
      symposium.constraint(definition(rule, rule.constraint(), warningsByDefault));
    }
    TypeConstraintMappingContext<AgreementRecord> record = mapping.type(AgreementRecord.class);
    for (Rule rule : RECORD_RULES) {
      record.constraint(definition(rule, rule.constraint(), warningsByDefault));
    }
    mapping.type(Speaker.class)
        .constraint(definition(Rule.ORCID_RANGE, Rule.ORCID_RANGE.constraint(), warningsByDefault))
        .constraint(definition(Rule.ISNI_ORCID_BLOCK, Rule.ISNI_ORCID_BLOCK.constraint(), warningsByDefault));
    mapping.type(Institution.class)
        .constraint(definition(Rule.ISNI_ORCID_BLOCK, Rule.ISNI_ORCID_BLOCK.constraint(), warningsByDefault));
    // A warning, so attached here rather than annotated on Editions like its errors: an application's validator
    // reports it for Warnings alone, the module's own validators by default.
    mapping.type(Editions.class)
        .constraint(definition(Rule.SERIES_IDENTITY, Rule.SERIES_IDENTITY.constraint(), warningsByDefault));
  }

  @SuppressWarnings("unchecked") // a one-element array of Class<? extends Payload> for the varargs
  private static <A extends Annotation> GenericConstraintDef<A> definition(Rule rule, Class<A> type,
      boolean warningsByDefault) {
    Class<?>[] groups = rule.severity() == Severity.ERROR ? new Class<?>[] {Default.class, Errors.class}
        : warningsByDefault ? new Class<?>[] {Default.class, Warnings.class} : new Class<?>[] {Warnings.class};
    return new GenericConstraintDef<>(type).payload(rule.severity().payload()).groups(groups);
  }
}
