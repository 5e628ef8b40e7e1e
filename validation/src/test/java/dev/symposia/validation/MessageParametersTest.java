package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Measure;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parameters of messages: text from the record goes in as it is, never interpreted as a template or an
 * expression, and a worded value goes in once per language.
 */
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

  /** The parameters of every message interpolated, in order. */
  private static List<Map<String, Object>> parametersOfMessages(Symposium symposium) {
    List<Map<String, Object>> parameters = new ArrayList<>();
    Configuration<?> configuration = SymposiaValidation.configure(Validation.byDefaultProvider().configure());
    MessageInterpolator inner = configuration.getDefaultMessageInterpolator();
    configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.ENGLISH);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        parameters.add(Map.copyOf(((HibernateMessageInterpolatorContext) context).getMessageParameters()));
        return inner.interpolate(template, context, locale);
      }
    });
    configuration.buildValidatorFactory().getValidator().validate(symposium, Errors.class, Warnings.class);
    return parameters;
  }

  @Test
  void valuesThatReadTheSameInEveryLanguageGoInOnce() {
    Symposium symposium = symposium().addSessions(
        session("a", "2022-11-22", "09:00/10:00").addParticipants(Fixtures.speaker("wang")).build(),
        session("b", "2022-11-22", "09:30/10:00").addParticipants(Fixtures.speaker("wang")).build()).build();

    assertThat(parametersOfMessages(symposium)).singleElement()
        .isEqualTo(Map.of("person", "wang", "session", "b", "other", "a"));
  }

  @Test
  void aWordedValueGoesInOncePerLanguage() {
    Symposium symposium = symposium().addStatistics(
        Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.exactly(20)).build(),
        Statistic.builder().measure(Measure.EXPERTS).mode(AttendanceMode.ONLINE).count(Count.exactly(30)).build())
        .build();

    assertThat(parametersOfMessages(symposium)).singleElement().satisfies(parameters -> assertThat(parameters)
        .containsEntry("part", "30 online experts").containsEntry("part_zh_Hans", "线上专家 30 名")
        .containsEntry("part_zh_Hant", "線上專家 30 名").containsEntry("whole", "20 experts")
        .containsEntry("whole_zh_Hans", "专家 20 名").containsEntry("whole_zh_Hant", "專家 20 名").hasSize(6));
  }
}
