package dev.symposia.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import org.junit.jupiter.api.Test;

class PositionTest {
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
}
