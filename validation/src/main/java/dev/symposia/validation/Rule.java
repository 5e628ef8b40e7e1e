package dev.symposia.validation;

import dev.symposia.validation.constraints.CountryCode;
import dev.symposia.validation.constraints.Isni;
import dev.symposia.validation.constraints.LocalId;
import dev.symposia.validation.constraints.Orcid;
import dev.symposia.validation.constraints.RorId;
import dev.symposia.validation.constraints.WikidataId;
import dev.symposia.validation.rules.AgreementsSignedDuringSession;
import dev.symposia.validation.rules.EditionAfterSeriesStart;
import dev.symposia.validation.rules.EditionsInOrder;
import dev.symposia.validation.rules.EditionsUnique;
import dev.symposia.validation.rules.IdentifiersNotShared;
import dev.symposia.validation.rules.InstitutionHierarchyAcyclic;
import dev.symposia.validation.rules.IsniOutsideOrcidBlocks;
import dev.symposia.validation.rules.ListedWithinStatistics;
import dev.symposia.validation.rules.NoPersonInOverlappingSessions;
import dev.symposia.validation.rules.NoRoomDoubleBooked;
import dev.symposia.validation.rules.OrcidInAssignedRange;
import dev.symposia.validation.rules.ParentInSameCountry;
import dev.symposia.validation.rules.RelatedEditionsInOrder;
import dev.symposia.validation.rules.SessionHierarchyAcyclic;
import dev.symposia.validation.rules.SessionsWithinDates;
import dev.symposia.validation.rules.SignatoriesHoldPositions;
import dev.symposia.validation.rules.StatisticPartsWithinWhole;
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
 * <p>Constants are immutable and thread-safe; so are the lookups.
 */
public enum Rule {
  /** {@code SYM-SESSION-DATES}: every session lies within the symposium's dates; see {@link SessionsWithinDates}. */
  SESSION_DATES("SYM-SESSION-DATES", Severity.ERROR, SessionsWithinDates.class),
  /** {@code SYM-SESSION-CYCLE}: no session is part of itself; see {@link SessionHierarchyAcyclic}. */
  SESSION_CYCLE("SYM-SESSION-CYCLE", Severity.ERROR, SessionHierarchyAcyclic.class),
  /** {@code SYM-PERSON-OVERLAP}: nobody is in two sessions at once; see {@link NoPersonInOverlappingSessions}. */
  PERSON_OVERLAP("SYM-PERSON-OVERLAP", Severity.ERROR, NoPersonInOverlappingSessions.class),
  /** {@code SYM-ROOM-OVERLAP}: no room holds two sessions at once; see {@link NoRoomDoubleBooked}. */
  ROOM_OVERLAP("SYM-ROOM-OVERLAP", Severity.ERROR, NoRoomDoubleBooked.class),
  /** {@code SYM-SIGNATORY-POSITION}: signatories hold a position at their party; see {@link SignatoriesHoldPositions}. */
  SIGNATORY_POSITION("SYM-SIGNATORY-POSITION", Severity.ERROR, SignatoriesHoldPositions.class),
  /** {@code SYM-AGREEMENT-DATE}: an agreement is dated during its session; see {@link AgreementsSignedDuringSession}. */
  AGREEMENT_DATE("SYM-AGREEMENT-DATE", Severity.ERROR, AgreementsSignedDuringSession.class),
  /** {@code SYM-STATS-PART-WHOLE}: a part does not exceed its total; see {@link StatisticPartsWithinWhole}. */
  STATS_PART_WHOLE("SYM-STATS-PART-WHOLE", Severity.ERROR, StatisticPartsWithinWhole.class),
  /** {@code SYM-STATS-LISTED}: the record lists no more than stated; see {@link ListedWithinStatistics}. */
  STATS_LISTED("SYM-STATS-LISTED", Severity.ERROR, ListedWithinStatistics.class),
  /** {@code SYM-INSTITUTION-CYCLE}: no institution is its own unit; see {@link InstitutionHierarchyAcyclic}. */
  INSTITUTION_CYCLE("SYM-INSTITUTION-CYCLE", Severity.ERROR, InstitutionHierarchyAcyclic.class),
  /** {@code SYM-INSTITUTION-COUNTRY}: a unit is in its parent's country; see {@link ParentInSameCountry}. */
  INSTITUTION_COUNTRY("SYM-INSTITUTION-COUNTRY", Severity.WARNING, ParentInSameCountry.class),
  /** {@code SYM-EDITION-FIRST-YEAR}: not held before the series began; see {@link EditionAfterSeriesStart}. */
  EDITION_FIRST_YEAR("SYM-EDITION-FIRST-YEAR", Severity.ERROR, EditionAfterSeriesStart.class),
  /** {@code SYM-EDITION-RELATED}: next and previous editions in order; see {@link RelatedEditionsInOrder}. */
  EDITION_RELATED("SYM-EDITION-RELATED", Severity.ERROR, RelatedEditionsInOrder.class),
  /** {@code SYM-EDITION-ORDER}: editions increase with their dates; see {@link EditionsInOrder}. */
  EDITION_ORDER("SYM-EDITION-ORDER", Severity.ERROR, EditionsInOrder.class),
  /** {@code SYM-EDITION-REPEATED}: no edition number twice in a series; see {@link EditionsUnique}. */
  EDITION_REPEATED("SYM-EDITION-REPEATED", Severity.ERROR, EditionsUnique.class),
  /** {@code SYM-ORCID-RANGE}: ORCID iDs in the assigned ranges; see {@link OrcidInAssignedRange}. */
  ORCID_RANGE("SYM-ORCID-RANGE", Severity.WARNING, OrcidInAssignedRange.class),
  /** {@code SYM-ISNI-ORCID-BLOCK}: ISNIs outside ORCID's blocks; see {@link IsniOutsideOrcidBlocks}. */
  ISNI_ORCID_BLOCK("SYM-ISNI-ORCID-BLOCK", Severity.WARNING, IsniOutsideOrcidBlocks.class),
  /** {@code SYM-IDENTIFIER-SHARED}: no two entries share an identifier; see {@link IdentifiersNotShared}. */
  IDENTIFIER_SHARED("SYM-IDENTIFIER-SHARED", Severity.WARNING, IdentifiersNotShared.class),
  /** {@code SYM-FORMAT-ORCID}: text that must be an ORCID iD; see {@link Orcid}. */
  FORMAT_ORCID("SYM-FORMAT-ORCID", Severity.ERROR, Orcid.class),
  /** {@code SYM-FORMAT-ROR}: text that must be a ROR ID; see {@link RorId}. */
  FORMAT_ROR("SYM-FORMAT-ROR", Severity.ERROR, RorId.class),
  /** {@code SYM-FORMAT-ISNI}: text that must be an ISNI; see {@link Isni}. */
  FORMAT_ISNI("SYM-FORMAT-ISNI", Severity.ERROR, Isni.class),
  /** {@code SYM-FORMAT-WIKIDATA}: text that must be a Wikidata item; see {@link WikidataId}. */
  FORMAT_WIKIDATA("SYM-FORMAT-WIKIDATA", Severity.ERROR, WikidataId.class),
  /** {@code SYM-FORMAT-COUNTRY}: text that must be a country code; see {@link CountryCode}. */
  FORMAT_COUNTRY("SYM-FORMAT-COUNTRY", Severity.ERROR, CountryCode.class),
  /** {@code SYM-FORMAT-LOCAL-ID}: text that must be a local identifier; see {@link LocalId}. */
  FORMAT_LOCAL_ID("SYM-FORMAT-LOCAL-ID", Severity.ERROR, LocalId.class);

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
