package dev.symposia.examples.howto;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.agreement.Term;
import dev.symposia.event.Source;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.time.Period;
import java.util.List;

/**
 * How-to: record a multi-party agreement signed at no event, with its institutions and people, whose
 * positions say when they were held; validate it; write it as one JSON document.
 *
 * <p>Everything here is fictional: three institutions that do not exist, two invented people and Josiah
 * Carberry, the fictional professor of ORCID's test record (0000-0002-1825-0097). The framework agreement
 * binds a university, a hospital and an institute of public health. Two people sign for the university, its
 * President and its Provost; the hospital signs through its Chief Executive, whom the source does not name.
 * It runs for three years from 14 March 2021 and was renewed in February 2024 for five more.
 *
 * <p>The validation module checks each signatory's position against the day of signing: the Provost held
 * office from September 2020 to August 2025, so on 14 March 2021 (clean); had the record said she left in
 * December 2020, it would be an error, and a signatory with no stated position at all is a warning.
 */
public final class StandaloneAgreement {
  static final LocalId NORTHMERE = LocalId.of("northmere");
  static final LocalId NORTHMERE_MEDICINE = LocalId.of("northmere-medicine");
  static final LocalId VALE_HARBOUR = LocalId.of("vale-harbour");
  static final LocalId EASTBROOK = LocalId.of("eastbrook");

  private StandaloneAgreement() {}

  /**
   * Prints the record as JSON, then what validation says of it and of two flawed variants.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on the JDK logger; the example's output is the record.
    java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    AgreementRecord record = record();
    System.out.print(SymposiaJson.standard().write(record));
    System.out.println("findings: " + Finding.all(SymposiaValidation.validate(record)).size());
    System.out.println("had the Provost left in December 2020:");
    findings(provostLeftBeforeSigning()).forEach(finding -> System.out.println("  " + finding));
    System.out.println("had the record not stated the President's position:");
    findings(presidentWithoutPosition()).forEach(finding -> System.out.println("  " + finding));
  }

  /**
   * Returns the record this how-to builds.
   *
   * @return a framework agreement between three fictional institutions, with its signatories
   */
  public static AgreementRecord record() {
    CooperationAgreement agreement = CooperationAgreement.builder().id("northmere-vale-eastbrook-2021")
        .kind(AgreementKind.FRAMEWORK)
        .title(LocalizedText.of("Framework agreement on training in clinical and public health research"))
        .addParties(NORTHMERE, VALE_HARBOUR, EASTBROOK)
        .addSignatories(Signatory.of(LocalId.of("ada-quill"), NORTHMERE),
            Signatory.of(LocalId.of("bea-okafor"), NORTHMERE),
            Signatory.unnamed(VALE_HARBOUR, LocalizedText.of("Chief Executive")),
            Signatory.of(LocalId.of("josiah-carberry"), EASTBROOK))
        .signedOn(PartialDate.of(2021, 3, 14))
        .place(Place.builder().room("Senate Room").institution(NORTHMERE_MEDICINE).build())
        .term(Term.of(Period.ofYears(3)))
        .addRenewals(Renewal.of(PartialDate.ofYearMonth(2024, 2), Period.ofYears(5)))
        .addTopics(LocalizedText.of("clinical research training"), LocalizedText.of("public health"))
        .build();
    return AgreementRecord.builder()
        .agreement(agreement)
        .addInstitutions(
            Institution.builder().id(NORTHMERE).name("Northmere University (fictional)")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("GB")).build(),
            Institution.builder().id(NORTHMERE_MEDICINE).name("Northmere School of Medicine (fictional)")
                .kind(InstitutionKind.SCHOOL).country(CountryCode.of("GB")).parent(NORTHMERE).build(),
            Institution.builder().id(VALE_HARBOUR).name("Vale Harbour General Hospital (fictional)")
                .kind(InstitutionKind.HOSPITAL).country(CountryCode.of("GB")).build(),
            Institution.builder().id(EASTBROOK).name("Eastbrook Institute of Public Health (fictional)")
                .kind(InstitutionKind.RESEARCH_CENTRE).country(CountryCode.of("IE")).build())
        .addSpeakers(president(), provost(PartialDate.ofYearMonth(2025, 8)),
            Speaker.builder().id("josiah-carberry").name(PersonName.givenFirst("Josiah", "Carberry"))
                .orcid(Orcid.parse("0000-0002-1825-0097"))
                .addPositions(Position.builder().title("Director").institution(EASTBROOK)
                    .since(PartialDate.ofYear(2018)).build())
                .build())
        .addSources(Source.builder().publisher("Northmere University newsroom (fictional)")
            .published(PartialDate.of(2021, 3, 15)).build())
        .build();
  }

  private static Speaker president() {
    return Speaker.builder().id("ada-quill").name(PersonName.givenFirst("Ada", "Quill"))
        .addPositions(Position.builder().title("President").institution(NORTHMERE).since(PartialDate.ofYear(2019))
            .build())
        .build();
  }

  private static Speaker provost(PartialDate leftOffice) {
    return Speaker.builder().id("bea-okafor").name(PersonName.givenFirst("Bea", "Okafor"))
        .addPositions(
            Position.builder().title("Provost").institution(NORTHMERE).since(PartialDate.ofYearMonth(2020, 9))
                .until(leftOffice).build(),
            Position.builder().title("Dean").institution(NORTHMERE_MEDICINE).status(PositionStatus.FORMER)
                .until(PartialDate.ofYearMonth(2020, 8)).build())
        .build();
  }

  /**
   * Returns the record with the Provost's term of office ended, and her deanship too, before the signing.
   *
   * @return a record that {@code SYM-SIGNATORY-POSITION} reports
   */
  public static AgreementRecord provostLeftBeforeSigning() {
    AgreementRecord record = record();
    Speaker provost = provost(PartialDate.ofYearMonth(2020, 12));
    return record.toBuilder().speakers(List.of(record.speakers().get(0), provost, record.speakers().get(2))).build();
  }

  /**
   * Returns the record with no position stated for the President.
   *
   * @return a record that {@code SYM-SIGNATORY-POSITION-STATED} reports
   */
  public static AgreementRecord presidentWithoutPosition() {
    AgreementRecord record = record();
    Speaker president = president().toBuilder().positions(List.of()).build();
    return record.toBuilder().speakers(List.of(president, record.speakers().get(1), record.speakers().get(2)))
        .build();
  }

  /**
   * Returns what validation finds in a record.
   *
   * @param record the record; not null
   * @return the findings, sorted by path; never null
   */
  public static List<Finding> findings(AgreementRecord record) {
    return Finding.all(SymposiaValidation.validate(record));
  }
}
