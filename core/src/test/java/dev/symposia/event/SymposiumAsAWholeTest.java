package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import dev.symposia.text.LocalizedText;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The symposium as a whole: its stated aims, the parts people play in it when no session is named, and the
 * people and institutions known only by a description or an identifier, which the queries find like any other.
 */
class SymposiumAsAWholeTest {
  private static final LocalId LECTURER = LocalId.of("invited-lecturer");

  @Test
  void aSymposiumStatesItsAimsAsADescription() {
    Symposium symposium = SymposiumTest.referenceRich().toBuilder()
        .description(LocalizedText.of("to deepen cooperation between universities at home and abroad")).build();
    assertThat(symposium.description().map(LocalizedText::text))
        .hasValue("to deepen cooperation between universities at home and abroad");
    assertThat(SymposiumTest.referenceRich().description()).isEmpty();
  }

  @Test
  void aPartInTheSymposiumAsAWholeIsARoleButInNoSession() {
    Symposium symposium = SymposiumTest.referenceRich();
    assertThat(symposium.participants()).hasSize(2);
    assertThat(symposium.sessionsOf(LECTURER)).isEmpty();
    assertThat(symposium.rolesOf(LECTURER)).containsExactly(ParticipantRole.SPEAKER);
  }

  @Test
  void speakersByDeliveryFindThoseOfTheSymposiumAsAWholeFirst() {
    Symposium symposium = SymposiumTest.referenceRich();
    assertThat(symposium.speakersBy(Delivery.LIVE_REMOTE)).extracting(Speaker::id).containsExactly(LECTURER);
    assertThat(symposium.speakersBy(Delivery.LIVE_REMOTE)).extracting(Speaker::displayName)
        .containsExactly("an invited lecturer from a partner university");
  }

  @Test
  void anUnnamedInstitutionIsFoundByItsRole() {
    Symposium symposium = SymposiumTest.referenceRich().toBuilder()
        .addInstitutionRoles(InstitutionParticipation.of(LocalId.of("partner"), InstitutionRole.SUPPORTER))
        .build();
    assertThat(symposium.institutionsWithRole(InstitutionRole.SUPPORTER)).extracting(Institution::displayName)
        .containsExactly("a partner university");
  }

  @Test
  void everyGeneratedPartInTheSymposiumAsAWholeIsAmongThePersonsRoles() {
    qt().withExamples(100).forAll(SymposiumTest.symposia()).checkAssert(symposium -> {
      for (Participation participation : symposium.participants()) {
        participation.person().ifPresent(person -> {
          assertThat(symposium.rolesOf(person)).contains(participation.role());
          participation.delivery().ifPresent(delivery ->
              assertThat(symposium.speakersBy(delivery)).extracting(Speaker::id).contains(person));
        });
      }
      Set<LocalId> inSessions = new LinkedHashSet<>();
      symposium.sessions().forEach(s -> s.participants().forEach(p -> p.person().ifPresent(inSessions::add)));
      for (Speaker speaker : symposium.speakers()) {
        assertThat(symposium.sessionsOf(speaker.id()).isEmpty()).isEqualTo(!inSessions.contains(speaker.id()));
      }
    });
  }
}
