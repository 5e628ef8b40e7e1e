package dev.symposia.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbstractTest {
  private static final Doi DOI = Doi.parse("10.5555/fictional.abstract.17");

  private static LocalId id(String value) {
    return LocalId.of(value);
  }

  @Test
  void anAbstractIsKnownByATitleANumberOrADoi() {
    assertThat(Abstract.builder().title("A made-up cohort").build()).hasToString("Abstract[\"A made-up cohort\"]");
    assertThat(Abstract.builder().number("P-17").build()).hasToString("Abstract[P-17]");
    assertThat(Abstract.builder().doi(DOI).build()).hasToString("Abstract[10.5555/fictional.abstract.17]");
    Abstract full = Abstract.builder().number("OA-3").title("A made-up cohort").doi(DOI)
        .format(PresentationFormat.ORAL).addAuthors(id("first-author"), id("second-author"))
        .citation(LocalizedText.of("Fictional Journal of Clinical Studies. 2031;12(Suppl 1):44")).build();
    assertThat(full).hasToString("Abstract[OA-3 \"A made-up cohort\"]");
    assertThat(full.authors()).containsExactly(id("first-author"), id("second-author"));
  }

  @Test
  void anAbstractWithoutTitleNumberOrDoiIsRefused() {
    assertThatThrownBy(() -> Abstract.builder().format(PresentationFormat.POSTER).addAuthors(id("first-author"))
        .build()).isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("title");
          assertThat(e.getMessage()).isEqualTo("Abstract.title: or number or doi is required");
        });
  }

  @Test
  void aNumberOfSixtyFourCharactersIsTheLongestAccepted() {
    String longest = "P".repeat(Abstract.MAX_NUMBER_LENGTH);
    assertThat(Abstract.builder().number(longest).build().number()).contains(longest);
    assertThatThrownBy(() -> Abstract.builder().number(longest + "1").build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("number");
          assertThat(e.getMessage()).isEqualTo("Abstract.number: must be at most 64 characters long");
        });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
  void aBlankNumberIsRefusedEvenWithATitle(String number) {
    assertRefused(() -> Abstract.builder().title("A made-up cohort").number(number).build(),
        "Abstract.number: must not be blank (was \"" + number + "\")");
  }

  @Test
  void anAuthorNamedTwiceIsRefusedAtTheSecondPlace() {
    assertThatThrownBy(() -> Abstract.builder().number("P-1")
        .addAuthors(id("first-author"), id("second-author"), id("first-author")).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("authors[2]");
          assertThat(e.getMessage()).isEqualTo("Abstract.authors[2]: must not name an author twice (was \"first-author\")");
        });
  }

  @Test
  void onlyTheAuthorsCanBeMarkedPartial() {
    Abstract partial = Abstract.builder().number("P-1").addAuthors(id("first-author")).addPartialLists("authors")
        .build();
    assertThat(partial.isPartial("authors")).isTrue();
    assertThat(Abstract.builder().number("P-1").build().isPartial("authors")).isFalse();

    assertRefused(() -> Abstract.builder().number("P-1").addPartialLists("speakers").build(),
        "Abstract.partialLists[0]: must be a list of Abstract that can be partial (authors) (was \"speakers\")");
    assertRefused(() -> Abstract.builder().number("P-1").addPartialLists("authors", "authors").build(),
        "Abstract.partialLists[1]: must not repeat a list (was \"authors\")");
    assertRefused(() -> partial.isPartial("topics"),
        "Abstract.list: must be a list of Abstract that can be partial (authors) (was \"topics\")");
    assertRefused(() -> partial.isPartial(null), "Abstract.list: is required");
  }

  @Test
  void partialListsAreCheckedBeforeTheRest() {
    assertRefused(() -> Abstract.builder().addPartialLists("speakers").build(),
        "Abstract.partialLists[0]: must be a list of Abstract that can be partial (authors) (was \"speakers\")");
  }

  @Test
  void nullsAreRefusedWithTheModelException() {
    assertRefused(() -> Abstract.builder().title((String) null), "Abstract.title: must not be null (was null)");
    assertRefused(() -> Abstract.builder().addAuthors((LocalId) null),
        "Abstract.authors: must not contain null (was null)");
    assertRefused(() -> Abstract.builder().title("  "), "LocalizedText.text: must not be blank (was \"  \")");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aLongListOfAuthorsIsCheckedInLinearTime() {
    List<LocalId> authors = IntStream.range(0, 200_000).mapToObj(i -> id("author-" + i)).toList();
    assertThat(Abstract.builder().number("P-1").addAllAuthors(authors).build().authors()).hasSize(200_000);
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
