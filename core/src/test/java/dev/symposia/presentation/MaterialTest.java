package dev.symposia.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Doi;
import dev.symposia.text.LocalizedText;
import java.net.URI;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialTest {
  private static final URI SLIDES = URI.create("https://media.example.org/slides/17");
  private static final Doi DOI = Doi.parse("10.5555/fictional.poster.17");

  @Test
  void aMaterialHasAnAddressADoiOrBoth() {
    assertThat(Material.builder().kind(MaterialKind.SLIDES).url(SLIDES).build())
        .hasToString("Material[SLIDES <https://media.example.org/slides/17>]");
    assertThat(Material.builder().kind(MaterialKind.POSTER).doi(DOI).build())
        .hasToString("Material[POSTER doi:10.5555/fictional.poster.17]");
    assertThat(Material.builder().kind(MaterialKind.RECORDING).url(SLIDES).doi(DOI).build())
        .hasToString("Material[RECORDING <https://media.example.org/slides/17> doi:10.5555/fictional.poster.17]");
  }

  @Test
  void aMaterialWithNeitherAddressNorDoiIsRefused() {
    assertThatThrownBy(() -> Material.builder().kind(MaterialKind.SLIDES).title(LocalizedText.of("Handout"))
        .build()).isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("url");
          assertThat(e.getMessage()).isEqualTo("Material.url: or doi is required");
        });
  }

  @Test
  void anOtherMaterialNeedsATitle() {
    assertRefused(() -> Material.builder().kind(MaterialKind.OTHER).url(SLIDES).build(),
        "Material.title: is required when the kind is other");
    assertThat(Material.builder().kind(MaterialKind.OTHER).title(LocalizedText.of("Case workbook")).doi(DOI)
        .build().title()).contains(LocalizedText.of("Case workbook"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = MaterialKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void theOtherKindsNeedNoTitle(MaterialKind kind) {
    assertThat(Material.builder().kind(kind).doi(DOI).build().title()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"https://media.example.org/slides/17", "http://media.example.org", "HTTPS://EXAMPLE.ORG/a?b#c",
      "https://media.example.org:8443/recording.mp4"})
  void absoluteHttpAndHttpsAddressesAreAccepted(String url) {
    assertThat(Material.builder().kind(MaterialKind.RECORDING).url(URI.create(url)).build().url())
        .contains(URI.create(url));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ftp://media.example.org/slides.pdf", "mailto:slides@example.org", "/slides/17",
      "slides/17", "http:///slides/17", "file:///tmp/slides.pdf", "doi:10.5555/x", "https:slides/17"})
  void addressesThatAreNotAbsoluteHttpOrHttpsAreRefused(String url) {
    assertThatThrownBy(() -> Material.builder().kind(MaterialKind.SLIDES).url(URI.create(url)).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("url");
          assertThat(e.getMessage())
              .isEqualTo("Material.url: must be an absolute http or https URI (was \"" + url + "\")");
        });
  }

  @Test
  void anAddressLongerThanTheTextLimitIsRefused() {
    URI tooLong = URI.create("https://media.example.org/" + "a".repeat(LocalizedText.MAX_TEXT_LENGTH));
    assertRefused(() -> Material.builder().kind(MaterialKind.SLIDES).url(tooLong).build(),
        "Material.url: must be at most 100000 characters long");
  }

  @Test
  void theKindIsRequired() {
    assertRefused(() -> Material.builder().url(SLIDES).build(), "Material.kind: is required");
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
