package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.time.PartialDate;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://www.cae.cn/cae/html/main/col1/2022-12/23/20221223.html", "http://english.news.cn",
      "HTTPS://EXAMPLE.ORG/news?id=1#top", "https://medicine.nus.edu.sg:8443/news"})
  void absoluteHttpAndHttpsAddressesAreAccepted(String url) {
    assertThat(Source.builder().url(URI.create(url)).build().url()).contains(URI.create(url));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ftp://example.org/report.pdf", "mailto:press@cae.cn", "/news/2022/1.html", "news/1.html",
      "http:///news/1.html", "file:///tmp/report.html", "urn:isbn:9780000000000", "https:news/1.html"})
  void addressesThatAreNotAbsoluteHttpOrHttpsAreRefused(String url) {
    assertRefused(() -> Source.builder().publisher("CAE").url(URI.create(url)).build(),
        "Source.url: must be an absolute http or https URI (was \"" + url + "\")");
  }

  @Test
  void aSourceWithoutPublisherTitleOrAddressIsRefused() {
    assertRefused(() -> Source.builder().build(), "Source.publisher: or title or url is required");
    assertRefused(() -> Source.builder().published(PartialDate.of(2022, 12, 23)).build(),
        "Source.publisher: or title or url is required");
  }

  @Test
  void aPublisherAloneIsEnough() {
    assertThat(Source.builder().publisher("CAE").published(PartialDate.of(2022, 12, 23)).build())
        .hasToString("CAE, 2022-12-23");
  }

  @Test
  void describesItselfWithSeparatorsOnlyBetweenTheParts() {
    URI url = URI.create("https://example.org/news/1");
    assertThat(Source.builder().title(dev.symposia.text.LocalizedText.of("Report")).build()).hasToString("Report");
    assertThat(Source.builder().url(url).build()).hasToString("<https://example.org/news/1>");
    assertThat(Source.builder().publisher("CAE").title(dev.symposia.text.LocalizedText.of("Report")).url(url).build())
        .hasToString("CAE: Report <https://example.org/news/1>");
    assertThat(Source.builder().title(dev.symposia.text.LocalizedText.of("Report")).published(PartialDate.of(2022, 12, 23)).build())
        .hasToString("2022-12-23: Report");
  }

  @Test
  void anAddressOfTheLongestTextIsAcceptedAndOneCharacterLongerIsRefused() {
    String prefix = "https://example.org/";
    URI longest = URI.create(prefix + "a".repeat(dev.symposia.text.LocalizedText.MAX_TEXT_LENGTH - prefix.length()));
    assertThat(Source.builder().url(longest).build().url()).contains(longest);
    URI tooLong = URI.create(longest + "a");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.symposia.InvalidModelException.class,
        () -> Source.builder().url(tooLong).build()).attribute()).isEqualTo("url");
  }
}
