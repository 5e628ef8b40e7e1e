package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.quantity.Count;
import dev.symposia.time.DateSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one mechanism by which a record says that its source gives a list only in part. */
class PartialListsTest {
  private static final Map<String, List<String>> LISTS = Map.of(
      "Symposium", List.of("topics", "places", "institutions", "institutionRoles", "speakers",
          "participants", "sessions", "agreements", "awards"),
      "Session", List.of("topics", "places", "participants"),
      "Statistic", List.of("countries", "institutionKinds", "topics"),
      "CooperationAgreement", List.of("parties", "signatories", "topics"),
      "Award", List.of("recipients", "unveiledBy"),
      "Institution", List.of("focusAreas"));

  @Test
  void aPlenaryWhoseSpeakersIncludedTwoPeopleSaysItsParticipantsArePartial() {
    Session plenary = Session.builder().id("plenary").kind(SessionKind.PLENARY)
        .addParticipants(Participation.of(LocalId.of("wang-chen"), ParticipantRole.SPEAKER))
        .addPartialLists("participants").build();

    assertThat(plenary.partialLists()).containsExactly("participants");
    assertThat(plenary.isPartial("participants")).isTrue();
    assertThat(plenary.isPartial("topics")).as("not marked: the source names them all it names").isFalse();
    assertThat(plenary.toBuilder().build()).isEqualTo(plenary);
    assertThat(plenary.toBuilder().partialLists(List.of()).build()).as("partial is part of the value")
        .isNotEqualTo(plenary);
  }

  @Test
  void everyTypeAcceptsEachOfItsListsAndNothingIsMarkedByDefault() {
    for (String list : LISTS.get("Symposium")) {
      Symposium symposium = symposium().addPartialLists(list).build();
      assertThat(symposium.isPartial(list)).as(list).isTrue();
    }
    assertThat(symposium().build().partialLists()).isEmpty();
    for (String list : LISTS.get("Session")) {
      assertThat(session().addPartialLists(list).build().isPartial(list)).as(list).isTrue();
    }
    for (String list : LISTS.get("Statistic")) {
      assertThat(statistic().addPartialLists(list).build().isPartial(list)).as(list).isTrue();
    }
    for (String list : LISTS.get("CooperationAgreement")) {
      assertThat(agreement().addPartialLists(list).build().isPartial(list)).as(list).isTrue();
    }
    for (String list : LISTS.get("Award")) {
      assertThat(award().addPartialLists(list).build().isPartial(list)).as(list).isTrue();
    }
    assertThat(institution().addPartialLists("focusAreas").build().isPartial("focusAreas")).isTrue();
  }

  @Test
  void aListTheTypeDoesNotHaveOrCannotMarkIsRefusedByName() {
    assertRefused(() -> session().addPartialLists("participants", "speakers").build(),
        "Session.partialLists[1]: must be a list of Session that can be partial (topics, places, participants)"
            + " (was \"speakers\")");
    assertRefused(() -> statistic().addPartialLists("Countries").build(),
        "Statistic.partialLists[0]: must be a list of Statistic that can be partial (countries,"
            + " institutionKinds, topics) (was \"Countries\")");
    // Statistics are each a figure the source states, not an enumeration of the event's things.
    assertRefused(() -> symposium().addPartialLists("statistics").build(),
        "Symposium.partialLists[0]: must be a list of Symposium that can be partial (topics, places,"
            + " institutions, institutionRoles, speakers, participants, sessions, agreements, awards)"
            + " (was \"statistics\")");
    assertRefused(() -> award().addPartialLists("name").build(),
        "Award.partialLists[0]: must be a list of Award that can be partial (recipients, unveiledBy)"
            + " (was \"name\")");
    assertRefused(() -> institution().addPartialLists("shortNames").build(),
        "Institution.partialLists[0]: must be a list of Institution that can be partial (focusAreas)"
            + " (was \"shortNames\")");
    assertRefused(() -> agreement().addPartialLists("renewals").build(),
        "CooperationAgreement.partialLists[0]: must be a list of CooperationAgreement that can be partial"
            + " (parties, signatories, topics) (was \"renewals\")");
  }

  @Test
  void aListMarkedTwiceOrANullMarkIsRefused() {
    assertRefused(() -> session().addPartialLists("topics", "participants", "topics").build(),
        "Session.partialLists[2]: must not repeat a list (was \"topics\")");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> session().addPartialLists((String) null).build()))
        .isInstanceOf(dev.symposia.InvalidModelException.class).hasMessageContaining("partialLists");
  }

  @Test
  void askingAboutAListTheTypeCannotMarkIsAnErrorNotASilentNo() {
    Session session = session().build();
    assertRefused(() -> session.isPartial("speakers"),
        "Session.list: must be a list of Session that can be partial (topics, places, participants)"
            + " (was \"speakers\")");
    assertRefused(() -> session.isPartial(null), "Session.list: is required");
  }

  @Test
  void generatedSymposiaMarkOnlyListsTheirTypesHaveAndSurviveACopy() {
    qt().withExamples(150).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      assertThat(LISTS.get("Symposium")).containsAll(symposium.partialLists());
      symposium.partialLists().forEach(list -> assertThat(symposium.isPartial(list)).isTrue());
      for (Session session : symposium.sessions()) {
        assertThat(LISTS.get("Session")).containsAll(session.partialLists());
        assertThat(session.partialLists()).doesNotHaveDuplicates();
        session.statistics().forEach(s -> assertThat(LISTS.get("Statistic")).containsAll(s.partialLists()));
      }
      symposium.statistics().forEach(s -> assertThat(LISTS.get("Statistic")).containsAll(s.partialLists()));
      symposium.awards().forEach(a -> assertThat(LISTS.get("Award")).containsAll(a.partialLists()));
      symposium.agreements().forEach(a -> assertThat(LISTS.get("CooperationAgreement")).containsAll(a.partialLists()));
      symposium.institutions().forEach(i -> assertThat(LISTS.get("Institution")).containsAll(i.partialLists()));
      assertThat(symposium.toBuilder().build()).isEqualTo(symposium);
    });
  }

  private static Symposium.Builder symposium() {
    return Symposium.builder().id("s").title("S").dates(DateSpan.parse("2022-11-22/2022-11-24"));
  }

  private static Session.Builder session() {
    return Session.builder().id("plenary").kind(SessionKind.PLENARY);
  }

  private static Statistic.Builder statistic() {
    return Statistic.builder().measure(Measure.PROJECTS).count(Count.exactly(9));
  }

  private static CooperationAgreement.Builder agreement() {
    return CooperationAgreement.builder().id("a").addParties(LocalId.of("x"), LocalId.of("y"));
  }

  private static Award.Builder award() {
    return Award.builder().name("Award");
  }

  private static Institution.Builder institution() {
    return Institution.builder().id("scrtc").name("Fictional Research Centre").kind(InstitutionKind.RESEARCH_CENTRE);
  }
}
