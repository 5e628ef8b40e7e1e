package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.EventRelation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.place.CountryCode;
import dev.symposia.time.DateSpan;
import dev.symposia.validation.rules.EditionOrder;
import dev.symposia.validation.rules.NoEditionRepeated;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HierarchyAndEditionRulesTest {
  private static Institution unit(String id, String parent, String country) {
    Institution.Builder builder = Institution.builder().id(id).name(id).kind(InstitutionKind.DEPARTMENT);
    if (parent != null) {
      builder.parent(of(parent));
    }
    if (country != null) {
      builder.country(CountryCode.of(country));
    }
    return builder.build();
  }

  @Test
  void aCycleOfParentsIsReportedOnceAtItsFirstInstitution() {
    Symposium symposium = symposium().addInstitutions(unit("c", "a", null), unit("a", "b", null),
        unit("b", "c", null), unit("d", "a", null)).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-INSTITUTION-CYCLE institutions[3].parent: institution c is a unit of itself through "
            + "c \u2192 a \u2192 b \u2192 c");
  }

  @Test
  void aCycleOfSessionsIsReportedOnceAtItsFirstSession() {
    Symposium symposium = symposium().addSessions(session("x", null, null).build(),
        session("a", null, null).partOf(of("b")).build(), session("b", null, null).partOf(of("a")).build(),
        session("c", null, null).partOf(of("a")).build()).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-SESSION-CYCLE sessions[1].partOf: session a is part of itself through a \u2192 b \u2192 a");
  }

  @ParameterizedTest(name = "a unit in {0} of a parent in {1}: warned {2}")
  @CsvSource({
    "CN, CN, false",
    "CN, SG, true",
    ",   SG, false",
    "CN, ,   false",
    ",   ,   false",
  })
  void aUnitInAnotherCountryThanItsParentIsAWarning(String country, String parentCountry, boolean warned) {
    Symposium symposium = symposium().addInstitutions(unit("parent", null, parentCountry),
        unit("child", "parent", country)).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).isEqualTo(
        warned ? List.of("WARNING SYM-INSTITUTION-COUNTRY institutions[4].country: institution child is in CN, "
            + "but its parent parent is in SG") : List.of());
  }

  private static Symposium edition(String id, int edition, String dates) {
    return Symposium.builder().id(id).title("CSCO Annual Meeting").dates(DateSpan.parse(dates))
        .series(Series.builder().name("CSCO Annual Meeting").firstYear(Year.of(1998)).build()).edition(edition)
        .build();
  }

  @Test
  void editionsThatIncreaseWithTheirDatesAreFine() {
    assertThat(SymposiaValidation.validateSeries(List.of(edition("e3", 3, "2000-09"), edition("e1", 1, "1998"),
        edition("e2", 2, "1999-09-20/1999-09-23"), edition("e4", 4, "--09-20")))).isEmpty();
  }

  @Test
  void anEditionHeldBeforeAnEarlierNumberedOneIsReported() {
    List<Symposium> editions = List.of(edition("e1", 1, "1998"), edition("e2", 2, "1999-09-20/1999-09-23"),
        edition("e3", 3, "1999-01"), edition("e4", 4, "2001"));

    assertThat(Finding.all(SymposiaValidation.validateSeries(editions))).extracting(Finding::toString)
        .containsExactly("ERROR SYM-EDITION-ORDER symposia[2].edition: edition 3, dated 1999-01, is held before "
            + "edition 2, dated 1999-09-20/1999-09-23");
  }

  @Test
  void anEditionNumberUsedTwiceInASeriesIsReportedAtTheSecond() {
    Symposium other = Symposium.builder().id("other").title("Other").dates(DateSpan.parse("2001"))
        .series(Series.builder().name("Other series").build()).edition(2).build();
    List<Symposium> editions = List.of(edition("e1", 1, "1998"), edition("e2", 2, "1999"), other,
        edition("e2-again", 2, "1999"), edition("e2-thrice", 2, "1999"));

    assertThat(Finding.all(SymposiaValidation.validateSeries(editions))).extracting(Finding::toString)
        .containsExactly(
            "ERROR SYM-EDITION-REPEATED symposia[3].edition: e2-again and e2 are both edition 2 of CSCO Annual Meeting",
            "ERROR SYM-EDITION-REPEATED symposia[4].edition: e2-thrice and e2 are both edition 2 of CSCO Annual Meeting");
  }

  /** An application's own bean holding a list of symposia. */
  static final class Archive {
    @EditionOrder
    @NoEditionRepeated
    final List<Symposium> editions;

    Archive(List<Symposium> editions) {
      this.editions = editions;
    }
  }

  @Test
  void theEditionConstraintsWorkOnAnApplicationsOwnList() {
    Archive archive = new Archive(List.of(edition("e1", 1, "2001"), edition("e2", 2, "2000"),
        edition("e2-again", 2, "2002")));

    assertThat(Finding.all(SymposiaValidation.validator().validate(archive))).extracting(Finding::code,
        Finding::path).containsExactly(org.assertj.core.groups.Tuple.tuple("SYM-EDITION-ORDER", "editions[1].edition"),
        org.assertj.core.groups.Tuple.tuple("SYM-EDITION-REPEATED", "editions[2].edition"));
  }

  @ParameterizedTest(name = "edition {0} on {1} of a series first held in 1998: reported {2}")
  @CsvSource({
    "1, 1998-09,   false",
    "1, 1998,      false",
    "1, 1999,      true",
    "1, 1997,      true",
    "2, 1997-12,   true",
    "2, 2000,      false",
    "1, --09-20,   false",
    "1, 1997-12-30/1998-01-02, false",
  })
  void aSymposiumIsNotHeldBeforeItsSeriesBeganAndItsFirstEditionInTheFirstYear(int number, String dates,
      boolean reported) {
    assertThat(Fixtures.codesAndPaths(edition("e", number, dates)))
        .isEqualTo(reported ? List.of("SYM-EDITION-FIRST-YEAR dates") : List.of());
  }

  @ParameterizedTest(name = "{0} on {1} of a symposium on 2021-09-25/2021-09-29: reported {2}")
  @CsvSource({
    "NEXT_EDITION,     2022,       false",
    "NEXT_EDITION,     2021,       false",
    "NEXT_EDITION,     2021-09-24, true",
    "NEXT_EDITION,     2020,       true",
    "PREVIOUS_EDITION, 2020,       false",
    "PREVIOUS_EDITION, 2021-09-30, true",
    "PREVIOUS_EDITION, 2022,       true",
    "PART_OF,          2020,       false",
  })
  void relatedEditionsAreInOrder(EventRelation relation, String dates, boolean reported) {
    Symposium symposium = Symposium.builder().id("csco-2021").title("2021 CSCO Annual Meeting")
        .dates(DateSpan.parse("2021-09-25/2021-09-29"))
        .addRelatedEvents(RelatedEvent.builder().relation(relation).dates(DateSpan.parse(dates)).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-EDITION-RELATED relatedEvents[0].dates") : List.of());
  }
}
