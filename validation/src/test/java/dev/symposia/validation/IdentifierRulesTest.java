package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierRulesTest {
  private static Speaker person(String id, Orcid orcid, Isni isni) {
    Speaker.Builder builder = Speaker.builder().id(id).name(PersonName.givenFirst("Josiah", "Carberry"));
    if (orcid != null) {
      builder.orcid(orcid);
    }
    if (isni != null) {
      builder.isni(isni);
    }
    return builder.build();
  }

  @ParameterizedTest(name = "ORCID iD {0} is in an assigned range: {1}")
  @CsvSource({
    "0000-0002-1825-0097, true",
    "0000-0001-5000-0007, true",
    "0000-0003-5000-0001, true",
    "0009-0000-0000-0009, true",
    "0009-0010-0000-0003, true",
    "0000-0001-4999-9992, false",
    "0009-0010-0000-0011, false",
    "0000-0000-0000-0001, false",
  })
  void anOrcidOutsideTheAssignedRangesIsAWarning(String orcid, boolean assigned) {
    Symposium symposium = symposium().addSpeakers(person("carberry", Orcid.parse(orcid), null)).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(assigned ? java.util.List.of() : java.util.List.of("SYM-ORCID-RANGE speakers[3].orcid"));
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void anIsniInOrcidsBlocksIsAWarningForPeopleAndInstitutions() {
    Isni orcidAsIsni = Isni.parse("0000000218250097");
    Symposium symposium = symposium()
        .addSpeakers(person("carberry", null, orcidAsIsni), person("austen", null, Isni.parse("000000012283635X")))
        .addInstitutions(Institution.builder().id("brown").name("Brown University").kind(InstitutionKind.UNIVERSITY)
            .isni(Isni.parse("0000000218250097")).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).containsExactly("SYM-ISNI-ORCID-BLOCK institutions[3].isni",
        "SYM-IDENTIFIER-SHARED speakers[3].isni", "SYM-ISNI-ORCID-BLOCK speakers[3].isni");
    assertThat(Finding.all(SymposiaValidation.validator().validate(symposium.speakers().get(3))))
        .extracting(Finding::toString).containsExactly("WARNING SYM-ISNI-ORCID-BLOCK isni: ISNI 0000000218250097 "
            + "lies in a block reserved for ORCID iDs: it is probably an ORCID iD");
    assertThat(SymposiaValidation.validator().validate(symposium.institutions().get(3))).hasSize(1);
  }

  @Test
  void twoEntriesWithOneIdentifierAreAWarningAtTheSecond() {
    Symposium symposium = symposium()
        .addInstitutions(
            Institution.builder().id("cam").name("University of Cambridge").kind(InstitutionKind.UNIVERSITY)
                .ror(RorId.parse("013meh722")).wikidataId(WikidataId.parse("Q35794")).build(),
            Institution.builder().id("cam-medicine").name("School of Clinical Medicine")
                .kind(InstitutionKind.SCHOOL).ror(RorId.parse("https://ror.org/013meh722")).build())
        .addSpeakers(person("carberry", Orcid.parse("0000-0002-1825-0097"), null),
            person("carberry-again", null, Isni.parse("0000000218250097")),
            Speaker.builder().id("wiki").name(PersonName.givenFirst("A", "B"))
                .wikidataId(WikidataId.parse("Q35794")).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).filteredOn(f -> f.code().equals(
        "SYM-IDENTIFIER-SHARED")).extracting(Finding::toString).containsExactly(
        "WARNING SYM-IDENTIFIER-SHARED institutions[4].ror: cam-medicine has the identifier 013meh722, which cam "
            + "has too",
        "WARNING SYM-IDENTIFIER-SHARED speakers[4].isni: carberry-again has the identifier 0000000218250097, "
            + "which carberry has too",
        "WARNING SYM-IDENTIFIER-SHARED speakers[5].wikidataId: wiki has the identifier Q35794, which cam has too");
  }
}
