package dev.symposia.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.event.Series;
import dev.symposia.event.Source;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Every text the model holds is held to the one length limit the JSON reader holds documents to, and is
 * well-formed Unicode.
 */
class TextLimitTest {
  private static final String LONGEST = "a".repeat(LocalizedText.MAX_TEXT_LENGTH);
  private static final String TOO_LONG = LONGEST + "a";
  private static final String RULE = "must be at most 100000 characters long";

  @Test
  void textsNamesAndShortNamesUpToTheLimitAreKeptAndLongerOnesRefused() {
    assertThat(LocalizedText.of(LONGEST).text()).hasSize(100_000);
    assertThatThrownBy(() -> LocalizedText.of(TOO_LONG)).isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.text: " + RULE);
    assertThatThrownBy(() -> LocalizedText.of("short").with("zh-Hans", TOO_LONG))
        .hasMessage("LocalizedText.text: " + RULE);
    assertThat(PersonName.givenFirst("Ada", LONGEST).familyName()).contains(LONGEST);
    assertThatThrownBy(() -> PersonName.givenFirst("Ada", TOO_LONG)).hasMessage("PersonName.familyName: " + RULE);
    assertThatThrownBy(() -> PersonName.builder().familyName("Vale").order(NameOrder.GIVEN_FIRST).asWritten(TOO_LONG)
        .build()).hasMessage("PersonName.asWritten: " + RULE);
    assertThatThrownBy(() -> Institution.builder().id("i").name(LocalizedText.of("Vale Harbour Institute"))
        .kind(InstitutionKind.UNIVERSITY)
        .addShortNames(TOO_LONG).build()).hasMessage("Institution.shortNames[0]: " + RULE);
    assertThatThrownBy(() -> Series.builder().name(LocalizedText.of("Winter school")).shortName(TOO_LONG).build())
        .hasMessage("Series.shortName: " + RULE);
    URI longUrl = URI.create("https://example.org/" + "a".repeat(LocalizedText.MAX_TEXT_LENGTH));
    assertThatThrownBy(() -> Source.builder().url(longUrl).build()).hasMessage("Source.url: " + RULE);
  }

  @Test
  void halvesOfSurrogatePairsAreRefusedAndWholePairsKept() {
    assertThat(LocalizedText.of("\uD83E\uDDE0 brain").text()).isEqualTo("\uD83E\uDDE0 brain");
    assertThatThrownBy(() -> LocalizedText.of("a\uDC00")).isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.text: must be well-formed Unicode, but U+DC00 at index 1 is half of a surrogate pair");
    assertThatThrownBy(() -> LocalizedText.of("\uD83E brain")).hasMessageContaining("U+D83E at index 0");
    assertThatThrownBy(() -> LocalizedText.of("brain \uD83E")).hasMessageContaining("U+D83E at index 6");
    assertThatThrownBy(() -> PersonName.givenFirst("Ada", "\uDC00\uDC00"))
        .hasMessageStartingWith("PersonName.familyName: must be well-formed Unicode");
  }
}
