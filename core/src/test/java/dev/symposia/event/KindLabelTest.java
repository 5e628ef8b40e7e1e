package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The free labels that name a kind or role the model has no value for: allowed with OTHER alone. */
class KindLabelTest {
  private static final LocalizedText LABEL = LocalizedText.of("fireside chat");

  @Test
  void aLabelIsKeptWithOther() {
    assertThat(Session.builder().id("chat").kind(SessionKind.OTHER).kindLabel(LABEL).build().kindLabel())
        .contains(LABEL);
    assertThat(Institution.builder().id("c").name("Imaginary Consulting Centre").kind(InstitutionKind.OTHER)
        .kindLabel(LocalizedText.of("consulting centre")).build().kindLabel())
        .contains(LocalizedText.of("consulting centre"));
    assertThat(Participation.builder().person("ada-example").role(ParticipantRole.OTHER)
        .roleLabel(LocalizedText.of("rapporteur")).build().roleLabel()).contains(LocalizedText.of("rapporteur"));
    assertThat(InstitutionParticipation.builder().institution(LocalId.of("c")).role(InstitutionRole.OTHER)
        .roleLabel(LocalizedText.of("guiding unit")).build().roleLabel()).contains(LocalizedText.of("guiding unit"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = SessionKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void aSessionKindLabelIsRefusedWithAKindTheModelHas(SessionKind kind) {
    assertThatThrownBy(() -> Session.builder().id("chat").kind(kind).kindLabel(LABEL).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Session.kindLabel: must be absent unless the kind is other, as "
            + kind.name().toLowerCase(java.util.Locale.ROOT) + " names it already (was \"fireside chat\")");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ParticipantRole.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void aParticipantRoleLabelIsRefusedWithARoleTheModelHas(ParticipantRole role) {
    assertThatThrownBy(() -> Participation.builder().person("ada-example").role(role).roleLabel(LABEL).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Participation.roleLabel: must be absent unless the role is other");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = InstitutionRole.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void anInstitutionRoleLabelIsRefusedWithARoleTheModelHas(InstitutionRole role) {
    assertThatThrownBy(() -> InstitutionParticipation.builder().institution(LocalId.of("c")).role(role)
        .roleLabel(LABEL).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("InstitutionParticipation.roleLabel: must be absent unless the role is other");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = InstitutionKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void anInstitutionKindLabelIsRefusedWithAKindTheModelHas(InstitutionKind kind) {
    assertThatThrownBy(() -> Institution.builder().id("c").name("Imaginary Centre").kind(kind).kindLabel(LABEL)
        .build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("Institution.kindLabel: must be absent unless the kind is other");
  }

  @Test
  void theNewKindsOfTheReviewExist() {
    assertThat(SessionKind.valueOf("POSTER").isCeremony()).isFalse();
    assertThat(SessionKind.valueOf("BREAK").isCeremony()).isFalse();
    assertThat(ParticipantRole.valueOf("AUTHOR")).isNotEqualTo(ParticipantRole.SPEAKER);
    assertThat(InstitutionRole.valueOf("FUNDER")).isNotEqualTo(InstitutionRole.SPONSOR);
    assertThat(InstitutionKind.valueOf("ASSOCIATION")).isNotEqualTo(InstitutionKind.LEARNED_SOCIETY);
  }
}
