package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.place.Place;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text from the record goes into messages as it is, never interpreted as a template or an expression. */
class MessageParametersTest {
  private static final Validator WITH_EXPRESSIONS = SymposiaValidation.configure(
      Validation.byDefaultProvider().configure()).buildValidatorFactory().getValidator();

  @ParameterizedTest(name = "room \"{0}\"")
  @ValueSource(strings = {"{session}", "${1 + 1}", "#{1 + 1}", "Hall \\ A", "{jakarta.validation.constraints.NotNull.message}"})
  void aRoomNameWithTemplateCharactersAppearsLiterally(String room) {
    Place place = Place.builder().room(room).build();
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addPlaces(place).build(),
        session("b", "2022-11-22", "09:00/10:00").addPlaces(place).build()).build();
    String expected = "room " + room + " holds session b and, at the same time, session a";

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly(expected);
    assertThat(Finding.all(WITH_EXPRESSIONS.validate(symposium))).extracting(Finding::message)
        .containsExactly(expected);
  }
}
