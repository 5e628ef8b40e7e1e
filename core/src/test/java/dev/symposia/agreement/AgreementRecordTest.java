package dev.symposia.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.symposia.InvalidModelException;
import dev.symposia.event.Source;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An agreement recorded on its own, with its institutions and people (fictional ones here). */
class AgreementRecordTest {
  private static final LocalId NORTHMERE = LocalId.of("northmere");
  private static final LocalId MEDICINE = LocalId.of("northmere-medicine");
  private static final LocalId VALE = LocalId.of("vale-harbour");
  private static final LocalId QUILL = LocalId.of("ada-quill");
  private static final LocalId REED = LocalId.of("tomas-reed");

  private static Institution northmere() {
    return Institution.builder().id(NORTHMERE).name("Northmere University").kind(InstitutionKind.UNIVERSITY)
        .country(CountryCode.of("GB")).build();
  }

  private static Institution medicine() {
    return Institution.builder().id(MEDICINE).name("Northmere School of Medicine").kind(InstitutionKind.SCHOOL)
        .parent(NORTHMERE).build();
  }

  private static Institution vale() {
    return Institution.builder().id(VALE).name("Vale Harbour General Hospital").kind(InstitutionKind.HOSPITAL)
        .addTies(InstitutionTie.of(TieKind.AFFILIATED_WITH, MEDICINE)).build();
  }

  private static Speaker quill() {
    return Speaker.builder().id(QUILL).name(PersonName.givenFirst("Ada", "Quill"))
        .addPositions(Position.builder().title("President").institution(NORTHMERE).since(PartialDate.ofYear(2019))
            .build()).build();
  }

  private static Speaker reed() {
    return Speaker.builder().id(REED).name(PersonName.givenFirst("Tomas", "Reed"))
        .addPositions(Position.of("Chief Executive", VALE)).build();
  }

  private static CooperationAgreement.Builder memorandum() {
    return CooperationAgreement.builder().id("northmere-vale-mou").kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
        .addParties(NORTHMERE, VALE)
        .addSignatories(Signatory.of(QUILL, NORTHMERE), Signatory.of(REED, VALE))
        .signedOn(PartialDate.of(2024, 3, 14)).place(Place.builder().institution(MEDICINE).build());
  }

  private static AgreementRecord.Builder record() {
    return AgreementRecord.builder().agreement(memorandum().build()).addInstitutions(northmere(), medicine(), vale())
        .addSpeakers(quill(), reed()).addSources(Source.builder().publisher("Northmere Gazette (fictional)").build());
  }

  @Test
  void aRecordHoldsTheAgreementWithEverythingItsIdentifiersMean() {
    AgreementRecord record = record().build();

    assertThat(record.id()).isEqualTo(LocalId.of("northmere-vale-mou"));
    assertThat(record.institution(MEDICINE).flatMap(Institution::parent)).contains(NORTHMERE);
    assertThat(record.speaker(QUILL).map(Speaker::displayName)).contains("Ada Quill");
    assertThat(record.institution(QUILL)).isEmpty();
    assertThat(record.speaker(null)).isEmpty();
    assertThat(record).hasToString("AgreementRecord[northmere-vale-mou: northmere, vale-harbour; 3 institutions,"
        + " 2 speakers]");
  }

  static Stream<Arguments> corruptions() {
    LocalId nowhere = LocalId.of("nowhere");
    return Stream.of(
        corruption("a party that is not in the record",
            r -> r.agreement(memorandum().parties(List.of(NORTHMERE, nowhere))
                .signatories(List.of(Signatory.of(QUILL, NORTHMERE))).build()),
            "AgreementRecord.agreement.parties[1]: must refer to an institution of the record (was \"nowhere\")"),
        corruption("a party that is a speaker",
            r -> r.agreement(memorandum().parties(List.of(NORTHMERE, REED))
                .signatories(List.of(Signatory.of(QUILL, NORTHMERE))).build()),
            "AgreementRecord.agreement.parties[1]: must refer to an institution of the record, not a speaker"
                + " (was \"tomas-reed\")"),
        corruption("a signatory who is not in the record",
            r -> r.speakers(List.of(quill())),
            "AgreementRecord.agreement.signatories[1].person: must refer to a speaker of the record"
                + " (was \"tomas-reed\")"),
        corruption("a signatory who is an institution",
            r -> r.agreement(memorandum().signatories(List.of(Signatory.of(MEDICINE, NORTHMERE))).build()),
            "AgreementRecord.agreement.signatories[0].person: must refer to a speaker of the record, not an"
                + " institution (was \"northmere-medicine\")"),
        corruption("a place at an institution that is not in the record",
            r -> r.institutions(List.of(northmere(), vale().toBuilder().ties(List.of()).build())),
            "AgreementRecord.agreement.place.institution: must refer to an institution of the record"
                + " (was \"northmere-medicine\")"),
        corruption("a parent that is not in the record",
            r -> r.institutions(List.of(medicine(), vale())).agreement(memorandum().place(Place.city("Northmere",
                CountryCode.of("GB"))).parties(List.of(MEDICINE, VALE)).signatories(List.of()).build()),
            "AgreementRecord.institutions[0].parent: must refer to an institution of the record (was \"northmere\")"),
        corruption("a tie to an institution that is not in the record",
            r -> r.institutions(List.of(northmere(), vale())).agreement(memorandum()
                .place(Place.city("Northmere", CountryCode.of("GB"))).build()),
            "AgreementRecord.institutions[1].ties[0].institution: must refer to an institution of the record"
                + " (was \"northmere-medicine\")"),
        corruption("a position at an institution that is not in the record",
            r -> r.speakers(List.of(quill(), reed().toBuilder().addPositions(Position.at(nowhere)).build())),
            "AgreementRecord.speakers[1].positions[1].institution: must refer to an institution of the record"
                + " (was \"nowhere\")"),
        corruption("a position at the agreement",
            r -> r.speakers(List.of(quill(), reed().toBuilder().addPositions(
                Position.at(LocalId.of("northmere-vale-mou"))).build())),
            "AgreementRecord.speakers[1].positions[1].institution: must refer to an institution of the record,"
                + " not an agreement (was \"northmere-vale-mou\")"),
        corruption("an institution declared twice",
            r -> r.addInstitutions(northmere()),
            "AgreementRecord.institutions[3].id: must be unique within the record, but institutions[0] has it"
                + " already (was \"northmere\")"),
        corruption("a speaker with an institution's identifier",
            r -> r.addSpeakers(Speaker.builder().id(VALE).name(PersonName.givenFirst("Vale", "Harbour")).build()),
            "AgreementRecord.speakers[2].id: must be unique within the record, but institutions[2] has it"
                + " already (was \"vale-harbour\")"),
        corruption("an institution with the agreement's identifier",
            r -> r.addInstitutions(Institution.builder().id("northmere-vale-mou").name("A body")
                .kind(InstitutionKind.OTHER).build()),
            "AgreementRecord.institutions[3].id: must be unique within the record, but agreement has it"
                + " already (was \"northmere-vale-mou\")"),
        corruption("an agreement signed at a session",
            r -> r.agreement(memorandum().signedAt(LocalId.of("signing-ceremony")).build()),
            "AgreementRecord.agreement.signedAt: must be absent: a record has no sessions; state where it was"
                + " signed with place (was \"signing-ceremony\")"));
  }

  private static Arguments corruption(String name, UnaryOperator<AgreementRecord.Builder> change, String message) {
    return Arguments.of(name, change, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aRecordWhoseIdentifiersClashOrWhoseReferencesDoNotResolveIsRefusedWithThePath(String name,
      UnaryOperator<AgreementRecord.Builder> change, String message) {
    assertThat(record().build()).isNotNull();
    assertThatThrownBy(() -> change.apply(record()).build()).isInstanceOf(InvalidModelException.class)
        .hasMessage(message);
  }

  @Test
  void aRecordWithoutAnAgreementOrWithNullsIsRefusedWithTheModelException() {
    assertThatThrownBy(() -> AgreementRecord.builder().build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("AgreementRecord.agreement: is required");
    assertThatThrownBy(() -> record().addInstitutions((Institution) null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("AgreementRecord.institutions: must not contain null (was null)");
  }

  @Test
  void everyReferenceOfAGeneratedRecordResolvesInTheRecord() {
    qt().withExamples(200).forAll(AgreementGenerators.records()).checkAssert(record -> {
      CooperationAgreement agreement = record.agreement();
      assertThat(agreement.signedAt()).isEmpty();
      assertThat(agreement.parties()).allMatch(party -> record.institution(party).isPresent());
      for (Signatory signatory : agreement.signatories()) {
        signatory.person().ifPresent(person -> assertThat(record.speaker(person)).isPresent());
      }
      for (Institution institution : record.institutions()) {
        institution.parent().ifPresent(parent -> assertThat(record.institution(parent)).isPresent());
      }
    });
  }

  @Test
  void droppingAPartyFromAnyGeneratedRecordIsRefusedAtThatParty() {
    qt().withExamples(200).forAll(AgreementGenerators.records(), integers().between(0, 3))
        .checkAssert((record, index) -> {
          // Parties are resolved first, in order, and are distinct: the dropped one is the first offence.
          int j = index % record.agreement().parties().size();
          LocalId party = record.agreement().parties().get(j);
          List<Institution> kept = new ArrayList<>(record.institutions());
          kept.removeIf(institution -> institution.id().equals(party));
          assertThatThrownBy(() -> record.toBuilder().institutions(kept).build())
              .isInstanceOf(InvalidModelException.class)
              .hasMessage("AgreementRecord.agreement.parties[" + j + "]: must refer to an institution of the record"
                  + " (was \"" + party + "\")");
        });
  }

  @Test
  void aSignatoryAddedToAnyGeneratedRecordWhoIsAnInstitutionIsRefusedAsTheWrongKind() {
    qt().withExamples(200).forAll(AgreementGenerators.records()).checkAssert(record -> {
          int j = record.agreement().signatories().size();
          LocalId institution = record.institutions().get(0).id();
          CooperationAgreement changed = record.agreement().toBuilder()
              .addSignatories(Signatory.of(institution, record.agreement().parties().get(0))).build();
          assertThatThrownBy(() -> record.toBuilder().agreement(changed).build())
              .isInstanceOf(InvalidModelException.class)
              .hasMessage("AgreementRecord.agreement.signatories[" + j + "].person: must refer to a speaker of the"
                  + " record, not an institution (was \"" + institution + "\")");
        });
  }
}
