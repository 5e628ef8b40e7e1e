package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.place.CountryCode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueClassesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {Orcid.class, RorId.class, Isni.class, WikidataId.class, LocalId.class, CountryCode.class})
  void valueClassesAreFinalWithFinalFieldsAndNoPublicConstructor(Class<?> type) {
    assertThat(Modifier.isFinal(type.getModifiers())).as("final class").isTrue();
    assertThat(type.getConstructors()).as("public constructors").isEmpty();
    assertThat(Arrays.stream(type.getDeclaredFields()).filter(f -> !f.isSynthetic()))
        .allSatisfy(field -> assertThat(isPrivateFinal(field)).as(field.getName()).isTrue());
    assertThat(Comparable.class).isAssignableFrom(type);
  }

  private static boolean isPrivateFinal(Field field) {
    return Modifier.isPrivate(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
  }
}
