package dev.symposia.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommercialSupportTest {
  @Test
  void supportNamesTheCompanyAndTheKind() {
    CommercialSupport grant = CommercialSupport.builder().company("meridian-pharma")
        .kind(SupportKind.EDUCATIONAL_GRANT)
        .description(LocalizedText.of("unrestricted educational grant for the workshop programme")).build();

    assertThat(grant.company()).isEqualTo(LocalId.of("meridian-pharma"));
    assertThat(grant.kindLabel()).isEmpty();
    assertThat(grant).hasToString("CommercialSupport[meridian-pharma: EDUCATIONAL_GRANT]");
  }

  @Test
  void otherSupportMayBeLabelledOrNot() {
    CommercialSupport labelled = CommercialSupport.builder().company("northwind-devices").kind(SupportKind.OTHER)
        .kindLabel(LocalizedText.of("lanyard sponsor")).build();
    assertThat(labelled.kindLabel()).contains(LocalizedText.of("lanyard sponsor"));
    assertThat(CommercialSupport.builder().company("northwind-devices").kind(SupportKind.OTHER).build().kindLabel())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = SupportKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void aLabelIsRefusedForEveryKindButOther(SupportKind kind) {
    assertThatThrownBy(() -> CommercialSupport.builder().company("meridian-pharma").kind(kind)
        .kindLabel(LocalizedText.of("lanyard sponsor")).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("kindLabel");
          assertThat(e.getMessage()).isEqualTo(
              "CommercialSupport.kindLabel: must be absent unless the kind is other (was \"lanyard sponsor\")");
        });
  }

  @Test
  void theCompanyAndTheKindAreRequired() {
    assertRefused(() -> CommercialSupport.builder().kind(SupportKind.EXHIBITOR).build(),
        "CommercialSupport.company: is required");
    assertRefused(() -> CommercialSupport.builder().company("meridian-pharma").build(),
        "CommercialSupport.kind: is required");
    assertRefused(() -> CommercialSupport.builder().company((String) null),
        "CommercialSupport.company: must not be null (was null)");
    assertThatThrownBy(() -> CommercialSupport.builder().company("meridian pharma"))
        .isInstanceOf(InvalidModelException.class).hasMessageStartingWith("LocalId.value: ");
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
