package dev.symposia.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.PeopleGenerators;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {
  @Test
  void namesAreDisplayedInTheirOrderOrAsWritten() {
    assertThat(PersonName.familyFirst("Wang", "Chen").displayName()).isEqualTo("Wang Chen");
    assertThat(PersonName.givenFirst("Peter J.", "Barnes").displayName()).isEqualTo("Peter J. Barnes");
    assertThat(PersonName.builder().familyName("Liu").givenName("Enmei").order(NameOrder.FAMILY_FIRST)
        .asWritten("LIU Enmei").build()).hasToString("LIU Enmei");
    assertThat(PersonName.builder().familyName("王").givenName("辰").order(NameOrder.FAMILY_FIRST)
        .asWritten("王辰").language(Locale.forLanguageTag("zh-Hans")).build().displayName()).isEqualTo("王辰");
    assertThat(PersonName.builder().givenName("Sukarno").order(NameOrder.GIVEN_FIRST).build().displayName())
        .isEqualTo("Sukarno");
  }

  @Test
  void aNameWithNeitherPartIsRefused() {
    assertRefused(() -> PersonName.builder().order(NameOrder.FAMILY_FIRST).build(),
        "PersonName.familyName: or givenName is required");
    assertRefused(() -> PersonName.builder().order(NameOrder.FAMILY_FIRST).asWritten("Wang Chen").build(),
        "PersonName.familyName: or givenName is required");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t", "\u3000", "\u00A0", "\u0085", "\uFEFF", " \u202F "})
  void blankPartsAreRefused(String blank) {
    assertRefused(() -> PersonName.familyFirst(blank, "Chen"),
        "PersonName.familyName: must not be blank (was \"" + blank + "\")");
    assertRefused(() -> PersonName.givenFirst(blank, "Barnes"),
        "PersonName.givenName: must not be blank (was \"" + blank + "\")");
    assertRefused(() -> PersonName.builder().familyName("Liu").order(NameOrder.FAMILY_FIRST).asWritten(blank).build(),
        "PersonName.asWritten: must not be blank (was \"" + blank + "\")");
  }

  @Test
  void aNameWithoutAnOrderIsRefused() {
    assertRefused(() -> PersonName.builder().familyName("Wang").build(), "PersonName.order: is required");
  }

  @Test
  void everyGeneratedNameHasANonBlankDisplayNameMadeOfItsPartsOrWrittenForm() {
    qt().withExamples(300).forAll(PeopleGenerators.personNames()).checkAssert(name -> {
      assertThat(name.displayName()).isNotBlank();
      if (name.asWritten().isEmpty()) {
        name.familyName().ifPresent(family -> assertThat(name.displayName()).contains(family));
        name.givenName().ifPresent(given -> assertThat(name.displayName()).contains(given));
      } else {
        assertThat(name.displayName()).isEqualTo(name.asWritten().get());
      }
    });
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
