package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused value as a message shows it: in JSON quotes, escaped, and cut after 64 characters. */
class TextsTest {
  private static final String SIXTY_FOUR = "0123456789abcdef".repeat(4);

  @Test
  void quotesAndEscapesQuotesBackslashesAndControlCharacters() {
    assertThat(Texts.quote("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
    assertThat(Texts.quote("\u0000\t\n\u001f \u007f é")).isEqualTo("\"\\u0000\\u0009\\u000A\\u001F \u007f é\"");
    assertThat(Texts.quote("")).isEqualTo("\"\"");
  }

  @Test
  void aStringOfSixtyFourCharactersIsShownWholeAndALongerOneIsCut() {
    assertThat(Texts.quote(SIXTY_FOUR)).isEqualTo("\"" + SIXTY_FOUR + "\"");
    assertThat(Texts.quote(SIXTY_FOUR + "x")).isEqualTo("\"" + SIXTY_FOUR + "...\"");
    assertThat(Texts.shorten(SIXTY_FOUR)).isEqualTo(SIXTY_FOUR);
    assertThat(Texts.shorten(SIXTY_FOUR + "9")).isEqualTo(SIXTY_FOUR + "...");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String face = "\uD83D\uDE00";
    String pairAcrossTheCut = SIXTY_FOUR.substring(1) + face;
    assertThat(Texts.quote(pairAcrossTheCut)).isEqualTo("\"" + SIXTY_FOUR.substring(1) + "...\"");
    assertThat(Texts.shorten(pairAcrossTheCut)).isEqualTo(SIXTY_FOUR.substring(1) + "...");
    String pairBeforeTheCut = SIXTY_FOUR.substring(2) + face + "x";
    assertThat(Texts.quote(pairBeforeTheCut)).isEqualTo("\"" + SIXTY_FOUR.substring(2) + face + "...\"");
  }

  @Test
  void aPathQuotesANameWhole() {
    StringBuilder out = new StringBuilder("a");
    Texts.appendQuoted(out, SIXTY_FOUR + SIXTY_FOUR, Integer.MAX_VALUE);
    assertThat(out).hasToString("a\"" + SIXTY_FOUR + SIXTY_FOUR + "\"");
  }
}
