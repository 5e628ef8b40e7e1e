package dev.symposia.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceTest {
  private static final String NOTHING = "Place.country: or another part of the place is required";

  @Test
  void aPlaceWithoutAnyPartIsRefused() {
    assertThatThrownBy(() -> Place.builder().build()).isInstanceOf(InvalidModelException.class).hasMessage(NOTHING);
  }

  @Test
  void beingTheMainVenueIsNotAPartOfThePlace() {
    assertThatThrownBy(() -> Place.builder().isMainVenue(true).build())
        .isInstanceOf(InvalidModelException.class).hasMessage(NOTHING);
  }

  static Stream<Arguments> singleParts() {
    return Stream.of(
        Arguments.of("country", (UnaryOperator<Place.Builder>) b -> b.country(CountryCode.of("CN")), "CN"),
        Arguments.of("region", (UnaryOperator<Place.Builder>) b -> b.region(LocalizedText.of("Guangdong")),
            "Guangdong"),
        Arguments.of("city", (UnaryOperator<Place.Builder>) b -> b.city("Chongqing"), "Chongqing"),
        Arguments.of("district", (UnaryOperator<Place.Builder>) b -> b.district("Fengxian District"),
            "Fengxian District"),
        Arguments.of("venue", (UnaryOperator<Place.Builder>) b -> b.venue("Main Campus"), "Main Campus"),
        Arguments.of("building", (UnaryOperator<Place.Builder>) b -> b.building("Library"), "Library"),
        Arguments.of("room", (UnaryOperator<Place.Builder>) b -> b.room("Academic Conference Hall"),
            "Academic Conference Hall"),
        Arguments.of("institution", (UnaryOperator<Place.Builder>) b -> b.institution(LocalId.of("cqmu")), "@cqmu"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleParts")
  void anyOnePartIsEnough(String part, UnaryOperator<Place.Builder> withPart, String text) {
    assertThat(withPart.apply(Place.builder()).build()).hasToString(text);
    assertThat(withPart.apply(Place.builder()).isMainVenue(true).build()).hasToString(text + " (main venue)");
  }
}
