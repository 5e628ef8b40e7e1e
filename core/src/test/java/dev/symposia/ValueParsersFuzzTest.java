package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.place.CountryCode;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Jazzer fuzz targets, one for each parser of an identifier or a value: whatever the text, a parser returns a
 * value whose canonical text it reads back equal (and writes again unchanged), or throws an
 * {@link InvalidModelException} that names the attribute and the rule; never another exception.
 *
 * <p>The input bytes are decoded as UTF-8, so malformed sequences arrive as U+FFFD, as they do from any
 * reader. In every build the targets run over the committed inputs under
 * {@code src/test/resources/dev/symposia/ValueParsersFuzzTestInputs/}; docs/testing.md gives the command that
 * fuzzes one of them for a chosen time.
 */
class ValueParsersFuzzTest {

  @FuzzTest
  void orcid(byte[] input) {
    check(input, Orcid::parse, Orcid::toString);
  }

  @FuzzTest
  void ror(byte[] input) {
    check(input, RorId::parse, RorId::toString);
  }

  @FuzzTest
  void isni(byte[] input) {
    check(input, Isni::parse, Isni::toString);
  }

  @FuzzTest
  void wikidata(byte[] input) {
    check(input, WikidataId::parse, WikidataId::toString);
  }

  @FuzzTest
  void doi(byte[] input) {
    check(input, Doi::parse, Doi::toString);
  }

  @FuzzTest
  void localId(byte[] input) {
    check(input, LocalId::of, LocalId::toString);
  }

  @FuzzTest
  void countryCode(byte[] input) {
    check(input, CountryCode::of, CountryCode::value);
  }

  @FuzzTest
  void count(byte[] input) {
    check(input, Count::parse, Count::toString);
  }

  @FuzzTest
  void share(byte[] input) {
    check(input, Share::parse, Share::toString);
  }

  @FuzzTest
  void partialDate(byte[] input) {
    check(input, PartialDate::parse, PartialDate::toString);
  }

  @FuzzTest
  void dateSpan(byte[] input) {
    check(input, DateSpan::parse, DateSpan::toString);
  }

  @FuzzTest
  void timeSlot(byte[] input) {
    check(input, TimeSlot::parse, TimeSlot::toString);
  }

  @FuzzTest
  void zonedInterval(byte[] input) {
    check(input, ZonedInterval::parse, ZonedInterval::toString);
  }

  @FuzzTest
  void languageTag(byte[] input) {
    check(input, LocalizedText::parseLanguageTag, Locale::toLanguageTag);
  }

  @FuzzTest
  void text(byte[] input) {
    check(input, LocalizedText::of, LocalizedText::text);
  }

  private static <T> void check(byte[] input, Function<String, T> parser, Function<T, String> canonical) {
    String text = new String(input, StandardCharsets.UTF_8);
    T value;
    try {
      value = parser.apply(text);
    } catch (InvalidModelException e) {
      assertThat(e.attribute()).as("the attribute of %s", e.getMessage()).isNotEmpty();
      assertThat(e.rule()).as("the rule of %s", e.getMessage()).isNotEmpty();
      return;
    }
    assertThat(value).as("what %s gave", text).isNotNull();
    String written = canonical.apply(value);
    T again = parser.apply(written);
    assertThat(again).as("%s, read back from %s", text, written).isEqualTo(value);
    assertThat(canonical.apply(again)).isEqualTo(written);
  }
}
