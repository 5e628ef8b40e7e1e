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
}
