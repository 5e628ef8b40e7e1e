package dev.symposia.validation;

import dev.symposia.validation.constraints.CountryCodeFormat;
import dev.symposia.validation.constraints.DoiFormat;
import dev.symposia.validation.constraints.IsniFormat;
import dev.symposia.validation.constraints.LocalIdFormat;
import dev.symposia.validation.constraints.OrcidFormat;
import dev.symposia.validation.constraints.RorIdFormat;
import dev.symposia.validation.constraints.WikidataIdFormat;
import dev.symposia.validation.rules.AgreementDate;
import dev.symposia.validation.rules.CreditsDuration;
import dev.symposia.validation.rules.DisclosureStated;
import dev.symposia.validation.rules.EditionFirstYear;
import dev.symposia.validation.rules.EditionOrder;
import dev.symposia.validation.rules.EditionRelated;
import dev.symposia.validation.rules.InstitutionCountry;
import dev.symposia.validation.rules.NoAbstractRepeated;
import dev.symposia.validation.rules.NoEditionRepeated;
import dev.symposia.validation.rules.NoIdentifierShared;
import dev.symposia.validation.rules.NoInstitutionCycle;
import dev.symposia.validation.rules.NoIsniOrcidBlock;
import dev.symposia.validation.rules.NoPersonOverlap;
import dev.symposia.validation.rules.NoRoomOverlap;
import dev.symposia.validation.rules.NoSessionCycle;
import dev.symposia.validation.rules.NoSponsorAccreditor;
import dev.symposia.validation.rules.OrcidRange;
import dev.symposia.validation.rules.PlanChanged;
import dev.symposia.validation.rules.SessionDates;
import dev.symposia.validation.rules.SignatoryPosition;
import dev.symposia.validation.rules.SignatoryPositionStated;
import dev.symposia.validation.rules.StatsListed;
import dev.symposia.validation.rules.SeriesIdentity;
import dev.symposia.validation.rules.StatsPartWhole;
import dev.symposia.validation.rules.StatsShare;
import dev.symposia.validation.rules.StatusMode;
import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Every rule and constraint of the validation module, each with a stable code, its default severity and
 * its constraint annotation.
 *
 * <pre>{@code
 * Rule.of(violation).map(Rule::code);   // Optional[SYM-PERSON-OVERLAP]
 * Rule.ofCode("SYM-ROOM-OVERLAP");      // Optional[ROOM_OVERLAP]
 * }</pre>
 *
 * <p>Codes have the form {@code SYM-<SUBJECT>-<CHECK>} and never change meaning once released; a rule that
 * changes meaning gets a new code. The semantics of each rule are in the Javadoc of its annotation and in
 * {@code docs/validation-rules.md}. The severity here is the one the module attaches; an application that
 * places a constraint itself may give it another through the payload ({@link Severity}).
 *
 * <p>One stem names each rule, so that a code leads to its files in one step: {@code SYM-ROOM-OVERLAP} is
 * the constant {@link #ROOM_OVERLAP}, the annotation {@link NoRoomOverlap} (the stem in CamelCase, prefixed
 * with {@code No} where the code names a fault that must not occur), its validator
 * {@code NoRoomOverlapValidator}, and its message key {@code dev.symposia.validation.rules.NoRoomOverlap.message}.
 *
 * <p>Constants are immutable and thread-safe; so are the lookups.
 */
public enum Rule {
  /** {@code SYM-SESSION-DATES}: every session lies within the symposium's dates; see {@link SessionDates}. */
  SESSION_DATES("SYM-SESSION-DATES", Severity.ERROR, SessionDates.class),
  /** {@code SYM-SESSION-CYCLE}: no session is part of itself; see {@link NoSessionCycle}. */
  SESSION_CYCLE("SYM-SESSION-CYCLE", Severity.ERROR, NoSessionCycle.class),
  /** {@code SYM-PERSON-OVERLAP}: nobody is in two sessions at once; see {@link NoPersonOverlap}. */
  PERSON_OVERLAP("SYM-PERSON-OVERLAP", Severity.ERROR, NoPersonOverlap.class),
  /** {@code SYM-ROOM-OVERLAP}: no room holds two sessions at once; see {@link NoRoomOverlap}. */
  ROOM_OVERLAP("SYM-ROOM-OVERLAP", Severity.ERROR, NoRoomOverlap.class),
  /** {@code SYM-PLAN-CHANGED}: an earlier plan differs from what replaced it; see {@link PlanChanged}. */
  PLAN_CHANGED("SYM-PLAN-CHANGED", Severity.ERROR, PlanChanged.class),
  /** {@code SYM-STATUS-MODE}: moved online, and online if a mode is stated; see {@link StatusMode}. */
  STATUS_MODE("SYM-STATUS-MODE", Severity.ERROR, StatusMode.class),
  /**
   * {@code SYM-SIGNATORY-POSITION}: signatories held their stated position when signing; see
   * {@link SignatoryPosition}.
   */
  SIGNATORY_POSITION("SYM-SIGNATORY-POSITION", Severity.ERROR, SignatoryPosition.class),
  /**
   * {@code SYM-SIGNATORY-POSITION-STATED}: a signatory's position at their party is stated; see
   * {@link SignatoryPositionStated}.
   */
  SIGNATORY_POSITION_STATED("SYM-SIGNATORY-POSITION-STATED", Severity.WARNING, SignatoryPositionStated.class),
  /**
   * {@code SYM-AGREEMENT-DATE}: an agreement's dates agree with its session and renewals; see
   * {@link AgreementDate}.
   */
  AGREEMENT_DATE("SYM-AGREEMENT-DATE", Severity.ERROR, AgreementDate.class),
  /** {@code SYM-STATS-PART-WHOLE}: a part does not exceed its total; see {@link StatsPartWhole}. */
  STATS_PART_WHOLE("SYM-STATS-PART-WHOLE", Severity.ERROR, StatsPartWhole.class),
  /** {@code SYM-STATS-LISTED}: the record lists no more than stated; see {@link StatsListed}. */
  STATS_LISTED("SYM-STATS-LISTED", Severity.ERROR, StatsListed.class),
  /** {@code SYM-STATS-SHARE}: a share agrees with its whole; see {@link StatsShare}. */
  STATS_SHARE("SYM-STATS-SHARE", Severity.WARNING, StatsShare.class),
  /** {@code SYM-INSTITUTION-CYCLE}: no institution is its own unit; see {@link NoInstitutionCycle}. */
  INSTITUTION_CYCLE("SYM-INSTITUTION-CYCLE", Severity.ERROR, NoInstitutionCycle.class),
  /** {@code SYM-INSTITUTION-COUNTRY}: a unit is in its parent's country; see {@link InstitutionCountry}. */
  INSTITUTION_COUNTRY("SYM-INSTITUTION-COUNTRY", Severity.WARNING, InstitutionCountry.class),
  /** {@code SYM-EDITION-FIRST-YEAR}: not held before the series began; see {@link EditionFirstYear}. */
  EDITION_FIRST_YEAR("SYM-EDITION-FIRST-YEAR", Severity.ERROR, EditionFirstYear.class),
  /** {@code SYM-EDITION-RELATED}: next and previous editions in order; see {@link EditionRelated}. */
  EDITION_RELATED("SYM-EDITION-RELATED", Severity.ERROR, EditionRelated.class),
  /** {@code SYM-EDITION-ORDER}: editions increase with their dates; see {@link EditionOrder}. */
  EDITION_ORDER("SYM-EDITION-ORDER", Severity.ERROR, EditionOrder.class),
  /** {@code SYM-EDITION-REPEATED}: no edition number twice in a series; see {@link NoEditionRepeated}. */
  EDITION_REPEATED("SYM-EDITION-REPEATED", Severity.ERROR, NoEditionRepeated.class),
  /** {@code SYM-SERIES-IDENTITY}: nearly the same series name, the same identity; see {@link SeriesIdentity}. */
  SERIES_IDENTITY("SYM-SERIES-IDENTITY", Severity.WARNING, SeriesIdentity.class),
  /** {@code SYM-ORCID-RANGE}: ORCID iDs in the assigned ranges; see {@link OrcidRange}. */
  ORCID_RANGE("SYM-ORCID-RANGE", Severity.WARNING, OrcidRange.class),
  /** {@code SYM-ISNI-ORCID-BLOCK}: ISNIs outside ORCID's blocks; see {@link NoIsniOrcidBlock}. */
  ISNI_ORCID_BLOCK("SYM-ISNI-ORCID-BLOCK", Severity.WARNING, NoIsniOrcidBlock.class),
  /** {@code SYM-IDENTIFIER-SHARED}: no two entries share an identifier; see {@link NoIdentifierShared}. */
  IDENTIFIER_SHARED("SYM-IDENTIFIER-SHARED", Severity.WARNING, NoIdentifierShared.class),
  /**
   * {@code SYM-CREDITS-DURATION}: a session's credits are no more than its hours, at one credit an hour; see
   * {@link CreditsDuration}.
   */
  CREDITS_DURATION("SYM-CREDITS-DURATION", Severity.WARNING, CreditsDuration.class),
  /**
   * {@code SYM-DISCLOSURE-STATED}: the named participants of an accredited session have disclosures; see
   * {@link DisclosureStated}.
   */
  DISCLOSURE_STATED("SYM-DISCLOSURE-STATED", Severity.WARNING, DisclosureStated.class),
  /**
   * {@code SYM-SPONSOR-ACCREDITOR}: no commercial supporter accredits what it supports; see
   * {@link NoSponsorAccreditor}.
   */
  SPONSOR_ACCREDITOR("SYM-SPONSOR-ACCREDITOR", Severity.WARNING, NoSponsorAccreditor.class),
  /** {@code SYM-ABSTRACT-REPEATED}: no abstract number on two abstracts; see {@link NoAbstractRepeated}. */
  ABSTRACT_REPEATED("SYM-ABSTRACT-REPEATED", Severity.ERROR, NoAbstractRepeated.class),
  /** {@code SYM-ORCID-FORMAT}: text that must be an ORCID iD; see {@link OrcidFormat}. */
  ORCID_FORMAT("SYM-ORCID-FORMAT", Severity.ERROR, OrcidFormat.class),
  /** {@code SYM-ROR-ID-FORMAT}: text that must be a ROR ID; see {@link RorIdFormat}. */
  ROR_ID_FORMAT("SYM-ROR-ID-FORMAT", Severity.ERROR, RorIdFormat.class),
  /** {@code SYM-ISNI-FORMAT}: text that must be an ISNI; see {@link IsniFormat}. */
  ISNI_FORMAT("SYM-ISNI-FORMAT", Severity.ERROR, IsniFormat.class),
  /** {@code SYM-WIKIDATA-ID-FORMAT}: text that must be a Wikidata item; see {@link WikidataIdFormat}. */
  WIKIDATA_ID_FORMAT("SYM-WIKIDATA-ID-FORMAT", Severity.ERROR, WikidataIdFormat.class),
  /** {@code SYM-COUNTRY-CODE-FORMAT}: text that must be a country code; see {@link CountryCodeFormat}. */
  COUNTRY_CODE_FORMAT("SYM-COUNTRY-CODE-FORMAT", Severity.ERROR, CountryCodeFormat.class),
  /** {@code SYM-LOCAL-ID-FORMAT}: text that must be a local identifier; see {@link LocalIdFormat}. */
  LOCAL_ID_FORMAT("SYM-LOCAL-ID-FORMAT", Severity.ERROR, LocalIdFormat.class),
  /** {@code SYM-DOI-FORMAT}: text that must be a DOI; see {@link DoiFormat}. */
  DOI_FORMAT("SYM-DOI-FORMAT", Severity.ERROR, DoiFormat.class);

  private final String code;
  private final Severity severity;
  private final Class<? extends Annotation> constraint;

  Rule(String code, Severity severity, Class<? extends Annotation> constraint) {
    this.code = code;
    this.severity = severity;
    this.constraint = constraint;
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code SYM-SESSION-DATES}; never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity with which the module attaches the rule.
   *
   * @return the default severity; never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the constraint annotation that implements the rule.
   *
   * @return the annotation type; never null
   */
  public Class<? extends Annotation> constraint() {
    return constraint;
  }

  /**
   * Returns the rule a violation reports.
   *
   * @param violation the violation; not null
   * @return the rule; empty for a violation of a constraint that is not one of this module's
   * @throws NullPointerException if {@code violation} is null
   */
  public static Optional<Rule> of(ConstraintViolation<?> violation) {
    Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
    for (Rule rule : values()) {
      if (rule.constraint == type) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the rule with a code.
   *
   * @param code the code, such as {@code SYM-SESSION-DATES}; may be null, which finds nothing
   * @return the rule; empty when no rule has that code
   */
  public static Optional<Rule> ofCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
