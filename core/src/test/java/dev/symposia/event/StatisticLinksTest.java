package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import static dev.symposia.generators.EventGenerators.symposia;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import java.util.ArrayList;
import java.util.List;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.time.DateSpan;
import org.junit.jupiter.api.Test;

/** Shares of statistics and figures of one group: what core accepts and what it refuses, naming the attribute. */
class StatisticLinksTest {
  private static final Statistic ABSTRACTS =
      Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.unknown()).build();
  private static final Statistic FROM_ABROAD = Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
      .share(Share.parse("about 1/3"), "abstracts").description("came from abroad").build();

  private static Symposium.Builder symposium() {
    return Symposium.builder().id("example").title("Example Meeting (fictional)").dates(DateSpan.parse("2024-09-12"));
  }

  @Test
  void aStatisticIsAShareOfAnotherNamedByItsIdentifier() {
    Symposium symposium = symposium().addStatistics(ABSTRACTS, FROM_ABROAD).build();

    Statistic abroad = symposium.statistics().get(1);
    assertThat(abroad.share()).contains(Share.parse("about 1/3"));
    assertThat(abroad.shareOf()).contains(LocalId.of("abstracts"));
    assertThat(abroad).hasToString("unknown ABSTRACTS, about 1/3 of abstracts");
  }

  @Test
  void figuresOfOneGroupAreLinked() {
    // "over 200 experts from more than 20 countries"
    Statistic experts = Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.moreThan(200)).build();
    Statistic countries = Statistic.builder().measure(Measure.COUNTRIES).count(Count.moreThan(20))
        .sameGroupAs("experts").build();

    Symposium symposium = symposium().addStatistics(experts, countries).build();

    assertThat(symposium.statistics().get(1).sameGroupAs()).contains(LocalId.of("experts"));
  }

  @Test
  void aSessionsStatisticMayBeAShareOfTheSymposiums() {
    Session forum = Session.builder().id("forum").kind(SessionKind.FORUM)
        .addStatistics(Statistic.builder().measure(Measure.ABSTRACTS).count(Count.exactly(12))
            .share(Share.parse("10%"), "abstracts").build()).build();

    assertThat(symposium().addStatistics(ABSTRACTS).addSessions(forum).build().sessions().get(0).statistics())
        .hasSize(1);
  }

  @Test
  void aShareGoesWithTheStatisticItIsAShareOf() {
    assertRefused(() -> Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
            .share(Share.parse("35%")).build(),
        "Statistic.shareOf: is required with a share: a share of what (was \"35%\")");
    assertRefused(() -> Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
            .shareOf(LocalId.of("abstracts")).build(),
        "Statistic.share: is required with shareOf: how much of it (was \"abstracts\")");
  }

  @Test
  void aStatisticIsNeitherAShareOfItselfNorOfItsOwnGroup() {
    assertRefused(() -> Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.unknown())
            .share(Share.parse("1/3"), "abstracts").build(),
        "Statistic.shareOf: must not name the statistic itself (was \"abstracts\")");
    assertRefused(() -> Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.unknown())
            .sameGroupAs("experts").build(),
        "Statistic.sameGroupAs: must not name the statistic itself (was \"experts\")");
    assertRefused(() -> Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
            .share(Share.parse("1/3"), "abstracts").sameGroupAs("abstracts").build(),
        "Statistic.sameGroupAs: must not name the statistic this one is a share of: a share is part of a group,"
            + " not the group (was \"abstracts\")");
  }

  @Test
  void aLinkToAStatisticTheSymposiumDoesNotHaveIsRefused() {
    assertRefused(() -> symposium().addStatistics(FROM_ABROAD).build(),
        "Symposium.statistics[0].shareOf: must refer to a statistic of the symposium (was \"abstracts\")");
    assertRefused(() -> symposium().addStatistics(Statistic.builder().measure(Measure.COUNTRIES)
            .count(Count.moreThan(20)).sameGroupAs("experts").build()).build(),
        "Symposium.statistics[0].sameGroupAs: must refer to a statistic of the symposium (was \"experts\")");
    Session session = Session.builder().id("forum").kind(SessionKind.FORUM).addStatistics(FROM_ABROAD).build();
    assertRefused(() -> symposium().addSessions(session).build(),
        "Symposium.sessions[0].statistics[0].shareOf: must refer to a statistic of the symposium (was \"abstracts\")");
    // Entities notes which sessions have linked statistics as they are added, so that the check need not
    // look at every session again; a session gathered there is checked all the same.
    Session plain = Session.builder().id("plain").kind(SessionKind.FORUM).build();
    assertRefused(() -> symposium().entities(new Entities().add(plain).add(session)).build(),
        "Symposium.sessions[1].statistics[0].shareOf: must refer to a statistic of the symposium (was \"abstracts\")");
  }

  @Test
  void twoStatisticsWithOneIdentifierAreRefused() {
    Session session = Session.builder().id("forum").kind(SessionKind.FORUM).addStatistics(ABSTRACTS).build();
    assertRefused(() -> symposium().addStatistics(ABSTRACTS).addSessions(session).build(),
        "Symposium.sessions[0].statistics[0].id: must not repeat the identifier of statistics[0] (was \"abstracts\")");
  }

  @Test
  void aStatisticIsNotAShareOfItselfThroughOtherShares() {
    Statistic a = Statistic.builder().id("a").measure(Measure.ABSTRACTS).count(Count.unknown())
        .share(Share.parse("1/2"), "b").build();
    Statistic b = Statistic.builder().id("b").measure(Measure.ABSTRACTS).count(Count.unknown())
        .share(Share.parse("1/2"), "a").build();
    assertRefused(() -> symposium().addStatistics(a, b).build(),
        "Symposium.statistics[0].shareOf: must not make the statistic a share of itself through other shares"
            + " (was \"b\")");
  }

  @Test
  void statisticIdentifiersAreASpaceOfTheirOwn() {
    Symposium symposium = symposium()
        .addSessions(Session.builder().id("abstracts").kind(SessionKind.ORAL_ABSTRACTS).build())
        .addStatistics(ABSTRACTS, FROM_ABROAD).build();
    assertThat(symposium.statistics()).hasSize(2);
  }

  @Test
  void generatedSymposiaLinkTheirStatisticsAndEveryLinkPointedAtNothingIsRefused() {
    qt().withExamples(300).forAll(symposia()).checkAssert(symposium -> {
      List<Statistic> statistics = symposium.statistics();
      for (int i = 0; i < statistics.size(); i++) {
        Statistic statistic = statistics.get(i);
        String path = "statistics[" + i + "]";
        List<Statistic> changed = new ArrayList<>(statistics);
        if (statistic.shareOf().isPresent()) {
          changed.set(i, Statistic.builder().from(statistic).shareOf(LocalId.of("nobody")).build());
          assertThatThrownBy(() -> symposium.toBuilder().statistics(changed).build())
              .isInstanceOf(InvalidModelException.class)
              .hasMessage("Symposium." + path + ".shareOf: must refer to a statistic of the symposium (was \"nobody\")");
        }
        if (statistic.sameGroupAs().isPresent()) {
          changed.set(i, Statistic.builder().from(statistic).sameGroupAs(LocalId.of("nobody")).build());
          assertThatThrownBy(() -> symposium.toBuilder().statistics(changed).build())
              .isInstanceOf(InvalidModelException.class).hasMessageContaining(path);
        }
      }
    });
  }

  @Test
  void generatedSymposiaIncludeSharesAndFiguresOfOneGroup() {
    List<Symposium> drawn = new ArrayList<>();
    qt().withExamples(300).forAll(symposia()).checkAssert(drawn::add);
    assertThat(drawn).anySatisfy(s -> assertThat(s.statistics()).anySatisfy(t -> assertThat(t.share()).isPresent()));
    assertThat(drawn).anySatisfy(s -> assertThat(s.statistics())
        .anySatisfy(t -> assertThat(t.sameGroupAs()).isPresent()));
    assertThat(drawn).anySatisfy(s -> assertThat(s.series().flatMap(Series::id)).isPresent());
  }
}
