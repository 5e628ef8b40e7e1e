package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationTest {
  private static final UnnamedGroup EXPERTS = UnnamedGroup.builder().count(Count.atLeast(200))
      .description("biomedical experts").build();

  @Test
  void aPersonOrAGroupTakesPart() {
    assertThat(Participation.of(LocalId.of("john-gallin"), ParticipantRole.SPEAKER).person())
        .contains(LocalId.of("john-gallin"));
    assertThat(Participation.builder().group(EXPERTS).role(ParticipantRole.ATTENDEE).build())
        .hasToString("at least 200 biomedical experts ATTENDEE");
  }

  @Test
  void aParticipationOfBothAPersonAndAGroupIsRefused() {
    assertRefused(
        () -> Participation.builder().person("john-gallin").group(EXPERTS).role(ParticipantRole.SPEAKER).build(),
        "Participation.person: exactly one of person and group is required (was \"john-gallin\")");
  }

  @Test
  void aParticipationOfNobodyIsRefused() {
    assertRefused(() -> Participation.builder().role(ParticipantRole.SPEAKER).build(),
        "Participation.person: exactly one of person and group is required (was null)");
  }

  @Test
  void aRemoteParticipantSaysWhereTheyJoinedFrom() {
    Participation remote = Participation.builder().person("amina-odhiambo").role(ParticipantRole.SPEAKER)
        .delivery(Delivery.LIVE_REMOTE).joinedFrom(Place.builder().city("Nairobi").country(CountryCode.of("KE")).build())
        .build();
    assertThat(remote.joinedFrom().flatMap(Place::city)).hasValue(LocalizedText.of("Nairobi"));
    assertThat(remote).hasToString("amina-odhiambo SPEAKER (LIVE_REMOTE) from Nairobi, KE");
    assertThat(Participation.of(LocalId.of("john-gallin"), ParticipantRole.SPEAKER).joinedFrom()).isEmpty();
  }

  @Test
  void aPlaceJoinedFromMarkedAsTheMainVenueIsRefused() {
    assertRefused(() -> Participation.builder().person("amina-odhiambo").role(ParticipantRole.SPEAKER)
            .joinedFrom(Place.builder().city("Nairobi").isMainVenue(true).build()).build(),
        "Participation.joinedFrom: must not be marked as a main venue: where a participant joined from is not a"
            + " venue of the event (was \"Nairobi (main venue)\")");
  }

  @Test
  void everyGeneratedParticipationKeepsWhereItWasJoinedFromThroughACopy() {
    qt().withExamples(200).forAll(EventGenerators.participations(List.of(LocalId.of("a")), List.of(LocalId.of("i"))))
        .checkAssert(participation -> {
          Participation copy = Participation.builder().from(participation).build();
          assertThat(copy).isEqualTo(participation);
          assertThat(copy.joinedFrom()).isEqualTo(participation.joinedFrom());
          participation.joinedFrom().ifPresent(place -> assertThat(place.isMainVenue()).isFalse());
        });
  }

  @Test
  void aParticipationWithoutARoleIsRefused() {
    assertRefused(() -> Participation.builder().person("john-gallin").build(), "Participation.role: is required");
    assertRefused(() -> Participation.of(LocalId.of("john-gallin"), null),
        "Participation.role: must not be null (was null)");
  }
}
