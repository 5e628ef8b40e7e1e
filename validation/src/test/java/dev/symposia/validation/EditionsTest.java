package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editions: symposia held together for the edition rules, as a value. */
class EditionsTest {
  private static Symposium symposium(String id) {
    return Symposium.builder().id(id).title("Northfield Book Fair").dates(DateSpan.parse("2031")).build();
  }

  @Test
  void holdsACopyOfTheSymposiaInTheOrderGiven() {
    List<Symposium> given = new ArrayList<>(List.of(symposium("fair-2032"), symposium("fair-2031")));
    Editions editions = Editions.of(given);
    given.clear();

    assertThat(editions.symposia()).extracting(Symposium::id).extracting(Object::toString)
        .containsExactly("fair-2032", "fair-2031");
    assertThatThrownBy(() -> editions.symposia().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void editionsAreEqualWhenTheyHoldEqualSymposiaInTheSameOrder() {
    Editions editions = Editions.of(List.of(symposium("fair-2031"), symposium("fair-2032")));
    Editions same = Editions.of(List.of(symposium("fair-2031"), symposium("fair-2032")));
    Editions reversed = Editions.of(List.of(symposium("fair-2032"), symposium("fair-2031")));

    assertThat(editions).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(editions).isNotEqualTo(reversed).isNotEqualTo(Editions.of(List.of(symposium("fair-2031"))));
    assertThat(editions.hashCode()).isNotEqualTo(reversed.hashCode());
    assertThat(editions).isNotEqualTo(editions.symposia()).isNotEqualTo(null);
  }

  @Test
  void readsAsTheIdentifiersOfItsSymposia() {
    assertThat(Editions.of(List.of(symposium("fair-2031"), symposium("fair-2032"), symposium("fair-2033"))))
        .hasToString("Editions[fair-2031, fair-2032, fair-2033]");
    assertThat(Editions.of(List.of(symposium("fair-2031")))).hasToString("Editions[fair-2031]");
    assertThat(Editions.of(List.of())).hasToString("Editions[]");
  }

  @Test
  void aMissingListOrSymposiumIsRefused() {
    assertThatThrownBy(() -> Editions.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Editions.of(Arrays.asList(symposium("fair-2031"), null)))
        .isInstanceOf(NullPointerException.class);
  }
}
