package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.agreement.Term;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule that can look at an agreement, its institutions or its people fires on an agreement recorded on
 * its own ({@link AgreementRecord}) exactly as on the same agreement in a symposium, through the module's
 * entry point and through plain Jakarta validators configured as the documentation says.
 *
 * <p>Every {@link Rule} is either such a rule, with a case here that breaks it, or a rule about what only a
 * symposium has (sessions, statistics, editions, identifiers in an application's own text), with the reason;
 * a new rule that is neither fails {@link #everyRuleIsARecordRuleWithACaseOrSaysWhyARecordCannotBreakIt()}.
 * The institutions and people are fictional.
 */
class AgreementRecordRulesTest {
  /** An application's validator reports warnings only when asked for them. */
  private static final Class<?>[] ERRORS_AND_WARNINGS = {Errors.class, Warnings.class};
  private static final Validator CONFIGURED = SymposiaValidation.configure(Validation.byDefaultProvider().configure())
      .buildValidatorFactory().getValidator();
  private static final Validator BY_CONTRIBUTOR = Validation.byDefaultProvider().configure()
      .addProperty("hibernate.validator.constraint_mapping_contributors",
          SymposiaConstraintMappingContributor.class.getName())
      .buildValidatorFactory().getValidator();

  /** A record that breaks one rule, and where the finding is in the record. */
  record Case(Rule rule, UnaryOperator<AgreementRecord.Builder> breaking, String path) {
    @Override
    public String toString() {
      return rule.code();
    }
  }

  /** Why a rule cannot be broken by a record. */
  private static final Map<Rule, String> SYMPOSIUM_ONLY = Map.ofEntries(
      Map.entry(Rule.SESSION_DATES, "a record has no sessions"),
      Map.entry(Rule.SESSION_CYCLE, "a record has no sessions"),
      Map.entry(Rule.PERSON_OVERLAP, "a record has no sessions"),
      Map.entry(Rule.ROOM_OVERLAP, "a record has no sessions"),
      Map.entry(Rule.PLAN_CHANGED, "a record has no event, and so no earlier plans"),
      Map.entry(Rule.STATUS_MODE, "a record has no event, and so no status or attendance mode"),
      Map.entry(Rule.STATS_PART_WHOLE, "a record has no statistics"),
      Map.entry(Rule.STATS_LISTED, "a record has no statistics"),
      Map.entry(Rule.STATS_SHARE, "a record has no statistics"),
      Map.entry(Rule.SERIES_IDENTITY, "compares symposia of a series"),
      Map.entry(Rule.EDITION_FIRST_YEAR, "a record has no series or edition"),
      Map.entry(Rule.EDITION_RELATED, "a record has no related events"),
      Map.entry(Rule.EDITION_ORDER, "compares symposia of a series"),
      Map.entry(Rule.EDITION_REPEATED, "compares symposia of a series"),
      Map.entry(Rule.ORCID_FORMAT, "checks an application's own text"),
      Map.entry(Rule.ROR_ID_FORMAT, "checks an application's own text"),
      Map.entry(Rule.ISNI_FORMAT, "checks an application's own text"),
      Map.entry(Rule.WIKIDATA_ID_FORMAT, "checks an application's own text"),
      Map.entry(Rule.COUNTRY_CODE_FORMAT, "checks an application's own text"),
      Map.entry(Rule.LOCAL_ID_FORMAT, "checks an application's own text"),
      Map.entry(Rule.CREDITS_DURATION, "a record has no sessions"),
      Map.entry(Rule.DISCLOSURE_STATED, "a record has no sessions, accreditations or disclosures"),
      Map.entry(Rule.SPONSOR_ACCREDITOR, "a record has no accreditations or commercial support"),
      Map.entry(Rule.ABSTRACT_REPEATED, "a record has no abstracts"),
      Map.entry(Rule.DOI_FORMAT, "checks an application's own text"));

  private static final String SIGNED_ON = "2024-03-14";

  /** A clean record: a university and its school, a hospital, two signatories for the university. */
  private static AgreementRecord.Builder clean() {
    return AgreementRecord.builder()
        .agreement(agreement().build())
        .addInstitutions(
            Institution.builder().id("northmere").name("Northmere University").kind(InstitutionKind.UNIVERSITY)
                .country(CountryCode.of("GB")).build(),
            Institution.builder().id("northmere-medicine").name("Northmere School of Medicine")
                .kind(InstitutionKind.SCHOOL).country(CountryCode.of("GB")).parent(of("northmere")).build(),
            Institution.builder().id("vale-harbour").name("Vale Harbour General Hospital")
                .kind(InstitutionKind.HOSPITAL).build())
        .addSpeakers(quill().build(), Speaker.builder().id("ben-okafor").name(PersonName.givenFirst("Ben", "Okafor"))
            .addPositions(Position.builder().title("Dean").institution(of("northmere-medicine"))
                .since(PartialDate.ofYear(2020)).until(PartialDate.ofYear(2026)).build()).build());
  }

  private static CooperationAgreement.Builder agreement() {
    return CooperationAgreement.builder().id("northmere-vale").kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(of("northmere"), of("vale-harbour"))
        .addSignatories(Signatory.of(of("ada-quill"), of("northmere")), Signatory.of(of("ben-okafor"), of("northmere")),
            Signatory.unnamed(of("vale-harbour")))
        .signedOn(PartialDate.parse(SIGNED_ON)).term(Term.of(Period.ofYears(3)))
        .addRenewals(Renewal.builder().renewedOn(PartialDate.ofYear(2027)).build());
  }

  private static Speaker.Builder quill() {
    return Speaker.builder().id("ada-quill").name(PersonName.givenFirst("Ada", "Quill"))
        .addPositions(Position.builder().title("President").institution(of("northmere"))
            .since(PartialDate.ofYear(2019)).build());
  }

  private static UnaryOperator<AgreementRecord.Builder> replacingSpeaker(int index, Speaker speaker) {
    return r -> {
      List<Speaker> speakers = new ArrayList<>(clean().build().speakers());
      speakers.set(index, speaker);
      return r.speakers(speakers);
    };
  }

  private static UnaryOperator<AgreementRecord.Builder> replacingInstitution(int index,
      Function<Institution.Builder, Institution.Builder> change) {
    return r -> {
      List<Institution> institutions = new ArrayList<>(clean().build().institutions());
      institutions.set(index, change.apply(institutions.get(index).toBuilder()).build());
      return r.institutions(institutions);
    };
  }

  static List<Case> cases() {
    return List.of(
        new Case(Rule.SIGNATORY_POSITION, replacingSpeaker(0, quill().positions(List.of(Position.builder()
            .title("President").institution(of("northmere")).since(PartialDate.ofYear(2019))
            .until(PartialDate.ofYearMonth(2023, 12)).build())).build()), "agreement.signatories[0]"),
        new Case(Rule.SIGNATORY_POSITION_STATED, replacingSpeaker(0, quill().positions(List.of()).build()),
            "agreement.signatories[0]"),
        new Case(Rule.AGREEMENT_DATE, r -> r.agreement(agreement().addRenewals(Renewal.builder()
            .renewedOn(PartialDate.ofYear(2025)).build()).build()), "agreement.renewals[1].renewedOn"),
        new Case(Rule.INSTITUTION_CYCLE, replacingInstitution(0, i -> i.parent(of("northmere-medicine"))),
            "institutions[0].parent"),
        new Case(Rule.INSTITUTION_COUNTRY, replacingInstitution(1, i -> i.country(CountryCode.of("IE"))),
            "institutions[1].country"),
        new Case(Rule.ORCID_RANGE, replacingSpeaker(0, quill().orcid(Orcid.parse("0000-0000-0000-0001")).build()),
            "speakers[0].orcid"),
        new Case(Rule.ISNI_ORCID_BLOCK, replacingInstitution(2, i -> i.isni(Isni.parse("0000000218250097"))),
            "institutions[2].isni"),
        new Case(Rule.IDENTIFIER_SHARED, r -> {
          RorId ror = RorId.parse("https://ror.org/05gq02987");
          List<Institution> institutions = new ArrayList<>(clean().build().institutions());
          institutions.set(0, institutions.get(0).toBuilder().ror(ror).build());
          institutions.set(2, institutions.get(2).toBuilder().ror(ror).build());
          return r.institutions(institutions);
        }, "institutions[2].ror"));
  }

  /** The same content as a symposium's: its institutions, speakers, sources, and the agreement as its only one. */
  private static Symposium inSymposium(AgreementRecord record) {
    return Symposium.builder().id("host").title("A fictional congress").dates(DateSpan.on(PartialDate.ofYear(2024)))
        .addAllInstitutions(record.institutions()).addAllSpeakers(record.speakers())
        .addAgreements(record.agreement()).addAllSources(record.sources()).build();
  }

  private static String inSymposium(String recordPath) {
    return recordPath.startsWith("agreement.") ? "agreements[0]." + recordPath.substring("agreement.".length())
        : recordPath;
  }

  @Test
  void everyRuleIsARecordRuleWithACaseOrSaysWhyARecordCannotBreakIt() {
    Set<Rule> withCases = cases().stream().map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    Set<Rule> all = EnumSet.allOf(Rule.class);

    assertThat(withCases).doesNotContainAnyElementsOf(SYMPOSIUM_ONLY.keySet());
    assertThat(Stream.concat(withCases.stream(), SYMPOSIUM_ONLY.keySet().stream()).collect(Collectors.toSet()))
        .isEqualTo(all);
    assertThat(withCases).containsExactlyInAnyOrderElementsOf(SymposiaMapping.RECORD_RULES);
    assertThat(cases()).extracting(Case::rule).doesNotHaveDuplicates();
  }

  @Test
  void theCleanRecordIsCleanInBothSettings() {
    AgreementRecord record = clean().build();

    assertThat(SymposiaValidation.validate(record)).isEmpty();
    assertThat(CONFIGURED.validate(record, ERRORS_AND_WARNINGS)).isEmpty();
    assertThat(BY_CONTRIBUTOR.validate(record, ERRORS_AND_WARNINGS)).isEmpty();
    assertThat(SymposiaValidation.validate(inSymposium(record))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRuleFiresOnTheRecordAndOnTheSameAgreementInASymposiumThroughEveryEntryPoint(Case c) {
    AgreementRecord record = c.breaking().apply(clean()).build();
    Symposium symposium = inSymposium(record);
    String standalone = c.rule().code() + " " + c.path();
    String inside = c.rule().code() + " " + inSymposium(c.path());

    assertThat(findings(SymposiaValidation.validate(record))).containsExactly(standalone);
    assertThat(findings(CONFIGURED.validate(record, ERRORS_AND_WARNINGS))).containsExactly(standalone);
    assertThat(findings(BY_CONTRIBUTOR.validate(record, ERRORS_AND_WARNINGS))).containsExactly(standalone);
    assertThat(findings(SymposiaValidation.validate(symposium))).containsExactly(inside);
    assertThat(findings(CONFIGURED.validate(symposium, ERRORS_AND_WARNINGS))).containsExactly(inside);
    assertThat(Finding.all(SymposiaValidation.validate(record))).singleElement()
        .satisfies(finding -> assertThat(finding.severity()).isEqualTo(c.rule().severity()));
    assertThat(Finding.all(SymposiaValidation.validate(record))).extracting(Finding::message)
        .isEqualTo(Finding.all(SymposiaValidation.validate(symposium)).stream().map(Finding::message).toList());
  }

  private static <T> List<String> findings(Set<ConstraintViolation<T>> violations) {
    return Finding.all(violations).stream().map(f -> f.code() + " " + f.path()).toList();
  }
}
