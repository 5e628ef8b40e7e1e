package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueClassesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {PartialDate.class, DateSpan.class, TimeSlot.class, Count.class, LocalizedText.class})
  void valueClassesAreFinalWithFinalFieldsAndNoPublicConstructor(Class<?> type) {
    assertThat(Modifier.isFinal(type.getModifiers())).as("class is final").isTrue();
    assertThat(type.getConstructors()).as("public constructors").isEmpty();
    for (Field field : type.getDeclaredFields()) {
      assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName() + " is final").isTrue();
      assertThat(Modifier.isPrivate(field.getModifiers())).as(field.getName() + " is private").isTrue();
    }
  }
}
