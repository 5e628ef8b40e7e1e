package dev.symposia.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.PeopleGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionTest {
  private static final LocalId MEDICINE = LocalId.of("northmere-medicine");

  @Test
  void aPositionIsATitleAnInstitutionOrBoth() {
    assertThat(Position.of("Vice President", LocalId.of("cae"))).hasToString("Vice President @ cae");
    assertThat(Position.at(LocalId.of("gdph"))).hasToString("@ gdph");
    assertThat(Position.builder().title(LocalizedText.of("Director")).institution(LocalId.of("nih-clinical-center"))
        .status(PositionStatus.FORMER).build()).hasToString("former Director @ nih-clinical-center");
  }

  @Test
  void aPositionIsCurrentUnlessSaidOtherwise() {
    assertThat(Position.at(LocalId.of("gdph")).status()).isEqualTo(PositionStatus.CURRENT);
  }

  @Test
  void aPositionWithNeitherTitleNorInstitutionIsRefused() {
    assertThatThrownBy(() -> Position.builder().build()).isInstanceOf(InvalidModelException.class)
        .hasMessage("Position.title: or institution is required");
    assertThatThrownBy(() -> Position.builder().status(PositionStatus.FORMER).build())
        .isInstanceOf(InvalidModelException.class).hasMessage("Position.title: or institution is required");
  }

  @Test
  void aPositionStatesWhenItWasHeldEachBoundOptionalAndAsPreciseAsTheSource() {
    Position dean = dean("2019", "2024-06", PositionStatus.CURRENT);
    assertThat(dean.since()).contains(PartialDate.ofYear(2019));
    assertThat(dean.until()).contains(PartialDate.ofYearMonth(2024, 6));
    assertThat(dean).hasToString("Dean @ northmere-medicine, 2019 to 2024-06");
    assertThat(dean("2019", null, PositionStatus.CURRENT)).hasToString("Dean @ northmere-medicine, since 2019");
    assertThat(dean(null, "2024-06", PositionStatus.FORMER))
        .hasToString("former Dean @ northmere-medicine, until 2024-06");
    assertThat(Position.of("Dean", MEDICINE).since()).isEmpty();
  }

  @Test
  void anEndCertainlyBeforeTheStartIsRefusedButAnEndThatMayBeTheSameDayIsNot() {
    assertThatThrownBy(() -> dean("2020", "2019-12-31", PositionStatus.CURRENT))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Position.until: must not be before since 2020 (was \"2019-12-31\")");
    assertThat(dean("2020-05", "2020", PositionStatus.CURRENT).until()).contains(PartialDate.ofYear(2020));
    assertThat(dean("2020-05-04", "2020-05-04", PositionStatus.CURRENT).since())
        .isEqualTo(dean("2020-05-04", "2020-05-04", PositionStatus.CURRENT).until());
    // Without a year, nothing is certainly before anything.
    assertThat(dean("--12-01", "--01-31", PositionStatus.FORMER).until()).contains(PartialDate.ofMonthDay(1, 31));
  }

  @ParameterizedTest(name = "{0} to {1}, {2}, on {3}: {4}")
  @CsvSource(nullValues = "-", value = {
    // The dates decide when they exclude the day, or state both bounds around it.
    "2019, 2024-06, CURRENT, 2022-03-01, true",
    "2019, 2024-06, FORMER, 2022-03-01, true",
    "2019, 2024-06, CURRENT, 2024-09-01, false",
    "2019, 2024-06, CURRENT, 2018-12-31, false",
    "2019, -, CURRENT, 2018-05-01, false",
    "-, 2024-06, CURRENT, 2025, false",
    // A day that may fall within the dates counts as within.
    "2019, 2024-06, CURRENT, 2019, true",
    "2019, 2024-06, CURRENT, 2024-06-30, true",
    "2019, 2024-06, FORMER, --05-01, true",
    // Otherwise the status decides.
    "2019, -, CURRENT, 2022, true",
    "2019, -, FORMER, 2022, false",
    "-, 2024-06, CURRENT, 2023, true",
    "-, 2024-06, FORMER, 2023, false",
    "-, -, CURRENT, 2023-01-01, true",
    "-, -, FORMER, 2023-01-01, false",
    "2019, 2024, CURRENT, -, true",
    "2019, 2024, FORMER, -, false"
  })
  void aPositionIsHeldOnADayByItsDatesWhereTheyDecideAndByItsStatusOtherwise(String since, String until,
      PositionStatus status, String day, boolean held) {
    assertThat(dean(since, until, status).isHeldOn(day == null ? null : PartialDate.parse(day))).isEqualTo(held);
  }

  @Test
  void withCompleteDatesAPositionIsHeldExactlyOnTheDaysFromSinceToUntilWhateverItsStatus() {
    qt().forAll(TimeGenerators.localDates(), TimeGenerators.localDates(), TimeGenerators.localDates())
        .checkAssert((a, b, day) -> {
          LocalDate since = a.isAfter(b) ? b : a;
          LocalDate until = a.isAfter(b) ? a : b;
          boolean within = !day.isBefore(since) && !day.isAfter(until);
          for (PositionStatus status : PositionStatus.values()) {
            Position position = Position.builder().institution(MEDICINE).status(status)
                .since(PartialDate.of(since)).until(PartialDate.of(until)).build();
            assertThat(position.isHeldOn(PartialDate.of(day))).as("%s on %s", position, day).isEqualTo(within);
          }
        });
  }

  @Test
  void withoutDatesAPositionIsHeldOnAnyDayExactlyWhenItIsCurrent() {
    qt().forAll(PeopleGenerators.positions(List.of(MEDICINE)), TimeGenerators.partialDates())
        .checkAssert((generated, day) -> {
          Position position = Position.builder().from(generated).since(Optional.empty()).until(Optional.empty())
              .build();
          assertThat(position.isHeldOn(day)).isEqualTo(position.status() == PositionStatus.CURRENT);
          assertThat(position.isHeldOn(null)).isEqualTo(position.status() == PositionStatus.CURRENT);
        });
  }

  @Test
  void aGeneratedPositionNeverEndsCertainlyBeforeItStarts() {
    qt().forAll(PeopleGenerators.positions(List.of(MEDICINE))).checkAssert(position -> {
      if (position.since().isPresent() && position.until().isPresent()) {
        assertThat(position.until().get().isCertainlyBefore(position.since().get())).isFalse();
      }
    });
  }

  @Test
  void givingAnyPositionAnEndInTheYearBeforeItsStartIsRefused() {
    qt().forAll(PeopleGenerators.positions(List.of(MEDICINE)), TimeGenerators.completeDates())
        .checkAssert((position, since) -> {
          int year = since.year().getAsInt();
          PartialDate before = PartialDate.ofYear(year == 1 ? 1 : year - 1);
          Position.Builder changed = Position.builder().from(position).since(since).until(before);
          if (year == 1) {
            assertThat(changed.build().until()).contains(before);
          } else {
            assertThatThrownBy(changed::build).isInstanceOf(InvalidModelException.class)
                .hasMessage("Position.until: must not be before since " + since + " (was \"" + before + "\")");
          }
        });
  }

  private static Position dean(String since, String until, PositionStatus status) {
    Position.Builder dean = Position.builder().title("Dean").institution(MEDICINE).status(status);
    if (since != null) {
      dean.since(PartialDate.parse(since));
    }
    if (until != null) {
      dean.until(PartialDate.parse(until));
    }
    return dean.build();
  }
}
