package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.References.Reference;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Entities}: a symposium built from entities gathered one at a time is the one the builder makes from
 * the same lists, and is refused with the same message whenever the builder refuses it; changing the lists
 * after gathering never lets a wrong reference through.
 */
class EntitiesTest {
  private static final int EXAMPLES = 60;
  private static final LocalId NOBODY = LocalId.of("nobody");

  /** Gathers a symposium's entities in the canonical order: institutions, speakers, sessions, agreements. */
  static Entities inOrder(Symposium symposium) {
    Entities entities = new Entities();
    symposium.institutions().forEach(entities::add);
    symposium.speakers().forEach(entities::add);
    symposium.sessions().forEach(entities::add);
    symposium.agreements().forEach(entities::add);
    return entities;
  }

  /** Gathers them in reverse: every reference between kinds then names an entity not gathered yet. */
  static Entities inReverse(Symposium symposium) {
    Entities entities = new Entities();
    reversed(symposium.agreements()).forEach(entities::add);
    reversed(symposium.sessions()).forEach(entities::add);
    reversed(symposium.speakers()).forEach(entities::add);
    reversed(symposium.institutions()).forEach(entities::add);
    return entities;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void aSymposiumBuiltFromGatheredEntitiesEqualsTheOneBuiltFromItsLists() {
    qt().withExamples(EXAMPLES).forAll(SymposiumTest.symposia()).checkAssert(symposium -> {
      assertThat(symposium.toBuilder().entities(inOrder(symposium)).build()).isEqualTo(symposium);
      Symposium reversed = symposium.toBuilder().entities(inReverse(symposium)).build();
      assertThat(reversed.sessions()).containsExactlyElementsOf(reversed(symposium.sessions()));
      assertThat(reversed.toBuilder().institutions(symposium.institutions()).speakers(symposium.speakers())
          .sessions(symposium.sessions()).agreements(symposium.agreements()).build()).isEqualTo(symposium);
    });
  }

  @Test
  void aDanglingReferenceIsRefusedWithTheBuildersMessageWhateverTheOrderOfGathering() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(SymposiumTest.symposia(), SymposiumTest.choices())
        .checkAssert((symposium, choice) -> {
          List<Reference> references = References.of(symposium);
          if (references.isEmpty()) {
            return;
          }
          tried.incrementAndGet();
          Reference reference = SymposiumTest.pick(references, choice);
          Throwable expected = catchThrowable(() -> reference.changedTo().apply(NOBODY).build());
          assertThat(expected).as(reference.path()).isInstanceOf(InvalidModelException.class);
          // The same symposium, made buildable by an entity named "nobody", gives the corrupted lists.
          Symposium corrupted = withNobody(reference.changedTo().apply(NOBODY), reference.kind()).build();
          Symposium.Builder withoutNobody = corrupted.toBuilder();

          assertThatThrownBy(() -> withoutNobody.entities(without(inOrder(corrupted))).build())
              .as(reference.path()).isExactlyInstanceOf(InvalidModelException.class)
              .hasMessage(expected.getMessage());
        });
    assertThat(tried.get()).isPositive();
  }

  private static Symposium.Builder withNobody(Symposium.Builder builder, References.Kind kind) {
    switch (kind) {
      case INSTITUTION:
        return builder.addInstitutions(Institution.builder().id(NOBODY).name("Fictional Nobody Institute")
            .kind(InstitutionKind.OTHER).build());
      case SPEAKER:
        return builder.addSpeakers(Speaker.builder().id(NOBODY)
            .name(PersonName.givenFirst("Nobody", "Fictional")).build());
      default:
        return builder.addSessions(Session.builder().id(NOBODY).kind(SessionKind.OTHER).build());
    }
  }

  /** Gathers the same entities again, leaving out the one named {@link #NOBODY}. */
  private static Entities without(Entities gathered) {
    Entities entities = new Entities();
    gathered.institutions().stream().filter(x -> !x.id().equals(NOBODY)).forEach(entities::add);
    gathered.speakers().stream().filter(x -> !x.id().equals(NOBODY)).forEach(entities::add);
    gathered.sessions().stream().filter(x -> !x.id().equals(NOBODY)).forEach(entities::add);
    gathered.agreements().forEach(entities::add);
    return entities;
  }

  @Test
  void addingReturnsTheSameEntitiesSoThatAddsChain() {
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = new Entities();

    assertThat(entities.add(symposium.institutions().get(0))).isSameAs(entities);
    assertThat(entities.add(symposium.speakers().get(0))).isSameAs(entities);
    assertThat(entities.add(symposium.sessions().get(0))).isSameAs(entities);
    assertThat(entities.add(symposium.agreements().get(1))).isSameAs(entities);
    assertThat(entities).hasToString("Entities[1 institutions, 1 speakers, 1 sessions, 1 agreements]");
  }

  @Test
  void theListsAreUnmodifiableViewsThatShowLaterAdditions() {
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = new Entities();
    List<Institution> institutions = entities.institutions();
    List<Speaker> speakers = entities.speakers();
    List<Session> sessions = entities.sessions();
    List<CooperationAgreement> agreements = entities.agreements();

    // More than the first array holds, so that the views outlive a growth of what they show.
    for (int i = 0; i < 40; i++) {
      entities.add(symposium.institutions().get(0)).add(symposium.speakers().get(0))
          .add(symposium.sessions().get(0)).add(symposium.agreements().get(0));
    }

    assertThat(institutions).hasSize(40).containsOnly(symposium.institutions().get(0));
    assertThat(speakers).hasSize(40).containsOnly(symposium.speakers().get(0));
    assertThat(sessions).hasSize(40).containsOnly(symposium.sessions().get(0));
    assertThat(agreements).hasSize(40).containsOnly(symposium.agreements().get(0));
    assertThatThrownBy(() -> institutions.add(symposium.institutions().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> speakers.set(0, symposium.speakers().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sessions.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(agreements::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sessions.get(40)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anAgreementGatheredWithTheIdentifierOfAnInstitutionIsRefused() {
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = inOrder(symposium);
    entities.add(symposium.agreements().get(1).toBuilder().id("cqmu").build());

    assertThatThrownBy(() -> symposium.toBuilder().entities(entities).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.agreements[2].id: must be unique within the symposium, but institutions[0] has it"
            + " already (was \"cqmu\")");
  }

  @Test
  void aListReplacedAfterGatheringIsResolvedAgainWhicheverListItIs() {
    Symposium symposium = SymposiumTest.referenceRich();
    List<Institution> institutions = new ArrayList<>(symposium.institutions());
    institutions.set(3, institutions.get(3).toBuilder().parent(NOBODY).build());
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).institutions(institutions).build())
        .hasMessage("Symposium.institutions[3].parent: must refer to an institution of the symposium"
            + " (was \"nobody\")");

    List<Speaker> speakers = new ArrayList<>(symposium.speakers());
    speakers.set(2, speakers.get(2).toBuilder().positions(List.of(dev.symposia.people.Position.builder()
        .institution(NOBODY).build())).build());
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).speakers(speakers).build())
        .hasMessage("Symposium.speakers[2].positions[0].institution: must refer to an institution of the"
            + " symposium (was \"nobody\")");

    List<CooperationAgreement> agreements = new ArrayList<>(symposium.agreements());
    agreements.set(1, agreements.get(1).toBuilder().parties(List.of(LocalId.of("cqmu"), NOBODY)).build());
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).agreements(agreements).build())
        .hasMessage("Symposium.agreements[1].parties[1]: must refer to an institution of the symposium"
            + " (was \"nobody\")");
  }

  @Test
  void aReferenceToAnEntityGatheredLaterIsRefusedIfThatEntityIsOfAnotherKind() {
    Symposium symposium = SymposiumTest.referenceRich();
    Session signing = symposium.sessions().get(1).toBuilder().partOf(LocalId.of("li-huabing")).build();
    List<Session> sessions = List.of(symposium.sessions().get(0), signing);
    Symposium.Builder changed = symposium.toBuilder().sessions(sessions);
    Entities entities = new Entities();
    entities.add(signing).add(symposium.sessions().get(0));
    symposium.speakers().forEach(entities::add);
    symposium.institutions().forEach(entities::add);
    symposium.agreements().forEach(entities::add);

    assertThatThrownBy(() -> changed.entities(entities).build()).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[0].partOf: must refer to a session of the symposium, not a speaker"
            + " (was \"li-huabing\")");
  }

  private static <T> List<T> copies(List<T> list, java.util.function.UnaryOperator<T> copy) {
    List<T> copied = new ArrayList<>();
    list.forEach(x -> copied.add(copy.apply(x)));
    return copied;
  }

  @Test
  void aReferenceToAnEntityOfAnotherKindIsRefusedNamingBothKinds() {
    Symposium symposium = SymposiumTest.referenceRich();
    Session signing = symposium.session("signing").orElseThrow().toBuilder().partOf(LocalId.of("li-huabing"))
        .build();
    Entities entities = new Entities();
    symposium.institutions().forEach(entities::add);
    symposium.speakers().forEach(entities::add);
    entities.add(symposium.sessions().get(0)).add(signing);
    symposium.agreements().forEach(entities::add);

    assertThatThrownBy(() -> symposium.toBuilder().entities(entities).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[1].partOf: must refer to a session of the symposium, not a speaker"
            + " (was \"li-huabing\")");
  }

  @Test
  void anIdentifierGatheredTwiceIsRefusedAtTheSecond() {
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = inOrder(symposium);
    entities.add(symposium.sessions().get(0).toBuilder().id("li-huabing").build());

    assertThatThrownBy(() -> symposium.toBuilder().entities(entities).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[2].id: must be unique within the symposium, but speakers[0] has it"
            + " already (was \"li-huabing\")");
  }

  @Test
  void listsChangedAfterGatheringAreResolvedAgain() {
    Symposium symposium = SymposiumTest.referenceRich();
    Session dangling = Session.builder().id("extra").kind(SessionKind.OTHER)
        .addParticipants(Participation.of(NOBODY, ParticipantRole.SPEAKER)).build();
    String refusal = "Symposium.sessions[2].participants[0].person: must refer to a speaker of the symposium"
        + " (was \"nobody\")";

    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).addSessions(dangling).build())
        .hasMessage(refusal);
    List<Session> replaced = List.of(symposium.sessions().get(0), symposium.sessions().get(1), dangling);
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).sessions(replaced).build())
        .hasMessage(refusal);
    Session sameIdDangling = dangling.toBuilder().id("signing").build();
    List<Session> sameSize = List.of(symposium.sessions().get(0), sameIdDangling);
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).sessions(sameSize).build())
        .as("a list of the same size and identifiers, but other instances").hasMessage(
            "Symposium.sessions[1].participants[0].person: must refer to a speaker of the symposium"
                + " (was \"nobody\")");
  }

  @Test
  void entitiesGatheredAfterTheBuilderTookThemDoNotChangeWhatItBuilds() {
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = inOrder(symposium);
    Symposium.Builder builder = symposium.toBuilder().entities(entities);
    entities.add(Session.builder().id("extra").kind(SessionKind.OTHER)
        .addParticipants(Participation.of(NOBODY, ParticipantRole.SPEAKER)).build());

    assertThat(builder.build()).isEqualTo(symposium);
  }

  @Test
  void theSymposiumsOwnPartsAreStillResolved() {
    Symposium symposium = SymposiumTest.referenceRich();
    Award award = Award.builder().name("Fictional Prize").addRecipients(NOBODY).build();

    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).addAwards(award).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.awards[1].recipients[0]: must refer to a speaker of the symposium (was \"nobody\")");
  }

  @Test
  void theParticipantsOfTheSymposiumAsAWholeAreStillResolved() {
    Symposium symposium = SymposiumTest.referenceRich();
    Participation dangling = Participation.of(NOBODY, ParticipantRole.SPEAKER);
    Participation joinedFromNowhere = Participation.builder().person("li-huabing").role(ParticipantRole.SPEAKER)
        .joinedFrom(dev.symposia.place.Place.builder().institution(NOBODY).build()).build();

    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).addParticipants(dangling).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.participants[2].person: must refer to a speaker of the symposium (was \"nobody\")");
    assertThatThrownBy(() -> symposium.toBuilder().entities(inOrder(symposium)).addParticipants(joinedFromNowhere)
        .build()).isExactlyInstanceOf(InvalidModelException.class).hasMessage(
            "Symposium.participants[2].joinedFrom.institution: must refer to an institution of the symposium"
                + " (was \"nobody\")");
  }

  @Test
  void nullsAreRefusedWithTheModelException() {
    Entities entities = new Entities();

    assertThatThrownBy(() -> entities.add((Session) null)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions: must not contain null");
    assertThatThrownBy(() -> entities.add((CooperationAgreement) null))
        .hasMessage("Symposium.agreements: must not contain null");
    assertThatThrownBy(() -> Symposium.builder().entities(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.entities: must not be null");
    assertThat(entities.sessions()).isEmpty();
    assertThat(entities).hasToString("Entities[0 institutions, 0 speakers, 0 sessions, 0 agreements]");
  }

  @Test
  void identifiersOfTheSameCharactersAreOneInstanceEqualToTheParsedOne() {
    qt().forAll(dev.symposia.generators.IdentifierGenerators.localIds()).checkAssert(id -> {
      Entities entities = new Entities();
      char[] padded = ("[" + id.value() + "]").toCharArray();
      LocalId first = entities.identifier(padded, 1, id.value().length());

      assertThat(first).isEqualTo(id);
      assertThat(entities.identifier(id.value().toCharArray(), 0, id.value().length())).isSameAs(first);
    });
  }

  @Test
  void identifiersAreRefusedWithTheMessageOfLocalId() {
    Entities entities = new Entities();
    char[] characters = "wang chen".toCharArray();

    assertThatThrownBy(() -> entities.identifier(characters, 0, characters.length))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage(catchThrowable(() -> LocalId.of("wang chen")).getMessage());
    assertThatThrownBy(() -> entities.identifier(characters, 0, 0)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage(catchThrowable(() -> LocalId.of("")).getMessage());
    assertThatThrownBy(() -> entities.identifier(characters, 5, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anIdentifierOnlyInternedIsNotAnEntity() {
    // A reader interns every identifier it meets, references included: meeting one does not declare it.
    Symposium symposium = SymposiumTest.referenceRich();
    Entities entities = new Entities();
    entities.identifier("nobody".toCharArray(), 0, 6);
    symposium.institutions().forEach(entities::add);
    symposium.speakers().forEach(entities::add);
    Session dangling = Session.builder().id("extra").kind(SessionKind.OTHER)
        .addParticipants(Participation.of(entities.identifier("nobody".toCharArray(), 0, 6),
            ParticipantRole.SPEAKER)).build();
    symposium.sessions().forEach(entities::add);
    entities.add(dangling);
    symposium.agreements().forEach(entities::add);
    List<Session> sessions = new ArrayList<>(symposium.sessions());
    sessions.add(dangling);

    assertThatThrownBy(() -> symposium.toBuilder().sessions(sessions).entities(entities).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.sessions[2].participants[0].person: must refer to a speaker of the symposium"
            + " (was \"nobody\")");
  }

  @Test
  void entitiesDeclaredWithInternedIdentifiersResolve() {
    qt().withExamples(EXAMPLES).forAll(SymposiumTest.symposia()).checkAssert(symposium -> {
      Entities entities = new Entities();
      // Every identifier of the programme met first as characters, as a reader meets them.
      for (Session session : symposium.sessions()) {
        char[] characters = session.id().value().toCharArray();
        entities.identifier(characters, 0, characters.length);
      }
      symposium.institutions().forEach(entities::add);
      symposium.speakers().forEach(entities::add);
      symposium.sessions().forEach(entities::add);
      symposium.agreements().forEach(entities::add);

      assertThat(symposium.toBuilder().entities(entities).build()).isEqualTo(symposium);
    });
  }

  @Test
  void manyIdentifiersWithCollidingHashesStayDistinctAsTheTableGrows() {
    // "Aa" and "BB" have the same String hash, so every name made of such blocks collides with all the others
    // of its length: 2^10 identifiers of one hash, then as many ordinary ones, far past the initial table.
    Entities entities = new Entities();
    List<String> values = new ArrayList<>();
    for (int n = 0; n < 1 << 10; n++) {
      StringBuilder value = new StringBuilder();
      for (int bit = 9; bit >= 0; bit--) {
        value.append((n >>> bit & 1) == 0 ? "Aa" : "BB");
      }
      values.add(value.toString());
      values.add("session-" + n);
    }
    List<LocalId> first = new ArrayList<>();
    for (String value : values) {
      first.add(entities.identifier(value.toCharArray(), 0, value.length()));
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      char[] padded = ("x" + value + "y").toCharArray();
      assertThat(entities.identifier(padded, 1, value.length())).as(value).isSameAs(first.get(i))
          .isEqualTo(LocalId.of(value));
    }
    assertThat(first).doesNotHaveDuplicates();
    String longest = "a".repeat(128);
    assertThat(entities.identifier(longest.toCharArray(), 0, 128)).isSameAs(entities.identifier(
        longest.toCharArray(), 0, 128));
    assertThatThrownBy(() -> entities.identifier("a".repeat(129).toCharArray(), 0, 129))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage(catchThrowable(() -> LocalId.of("a".repeat(129))).getMessage());
  }

  @Test
  void aLargeProgrammeGatheredAsAReaderGathersItResolvesAsItsListsDo() {
    Symposium base = SymposiumTest.referenceRich();
    List<Speaker> speakers = new ArrayList<>(base.speakers());
    List<Session> sessions = new ArrayList<>(base.sessions());
    for (int n = 0; n < 600; n++) {
      speakers.add(Speaker.builder().id("fictional-speaker-" + n).name(PersonName.givenFirst("Ada", "Example" + n))
          .build());
      sessions.add(Session.builder().id("fictional-session-" + n).kind(SessionKind.WORKSHOP)
          .addParticipants(Participation.of(LocalId.of("fictional-speaker-" + n), ParticipantRole.SPEAKER))
          .build());
    }
    Symposium large = base.toBuilder().speakers(speakers).sessions(sessions).build();
    Entities entities = new Entities();
    for (Session session : sessions) {
      for (Participation participation : session.participants()) {
        participation.person().ifPresent(id -> entities.identifier(id.value().toCharArray(), 0, id.value().length()));
      }
    }
    large.institutions().forEach(entities::add);
    speakers.forEach(entities::add);
    sessions.forEach(entities::add);
    large.agreements().forEach(entities::add);

    assertThat(large.toBuilder().entities(entities).build()).isEqualTo(large);
    List<Session> dangling = new ArrayList<>(sessions);
    dangling.add(Session.builder().id("fictional-late").kind(SessionKind.WORKSHOP)
        .addParticipants(Participation.of(LocalId.of("fictional-speaker-600"), ParticipantRole.SPEAKER)).build());
    assertThatThrownBy(() -> large.toBuilder().sessions(dangling).build())
        .hasMessage("Symposium.sessions[" + (dangling.size() - 1) + "].participants[0].person: must refer to a"
            + " speaker of the symposium (was \"fictional-speaker-600\")");
  }

  @Test
  void referencesResolveInWhateverOrderAndNumberTheirIdentifiersWereMet() {
    // A reader meets an entity's identifiers in the canonical order, which is the order Entities resolves
    // them in, and Entities finds most of them by that order alone: met in another order, or more of them
    // than it keeps in that order, they resolve all the same, and a wrong one is still refused.
    Symposium base = SymposiumTest.referenceRich();
    Entities entities = new Entities();
    base.institutions().forEach(entities::add);
    base.speakers().forEach(entities::add);
    List<Speaker> speakers = new ArrayList<>(base.speakers());
    for (int n = 0; n < 100; n++) {
      speakers.add(Speaker.builder().id(met(entities, "fictional-speaker-" + n))
          .name(PersonName.givenFirst("Ada", "Example" + n)).build());
      entities.add(speakers.get(speakers.size() - 1));
    }
    List<LocalId> backwards = new ArrayList<>();
    for (int n = 99; n >= 0; n--) {
      backwards.add(0, met(entities, "fictional-speaker-" + n));
    }
    Session.Builder metBackwards = Session.builder().id(met(entities, "fictional-backwards"))
        .kind(SessionKind.WORKSHOP);
    backwards.forEach(person -> metBackwards.addParticipants(Participation.of(person, ParticipantRole.SPEAKER)));
    Session.Builder metInOrder = Session.builder().id(met(entities, "fictional-in-order")).kind(SessionKind.WORKSHOP)
        .addPlaces(Place.builder().institution(met(entities, "cqmu")).build()).partOf(met(entities, "opening"));
    for (int n = 0; n < 100; n++) {
      metInOrder.addParticipants(Participation.of(met(entities, "fictional-speaker-" + n), ParticipantRole.SPEAKER));
    }
    List<Session> sessions = new ArrayList<>(base.sessions());
    sessions.add(metBackwards.build());
    sessions.add(metInOrder.build());
    base.sessions().forEach(entities::add);
    entities.add(sessions.get(sessions.size() - 2)).add(sessions.get(sessions.size() - 1));
    base.agreements().forEach(entities::add);

    Symposium gathered = base.toBuilder().speakers(speakers).sessions(sessions).entities(entities).build();
    assertThat(gathered).isEqualTo(base.toBuilder().speakers(speakers).sessions(sessions).build());

    Entities wrong = new Entities();
    base.institutions().forEach(wrong::add);
    base.speakers().forEach(wrong::add);
    base.sessions().forEach(wrong::add);
    // An institution's identifier where a person belongs, met just before, as a reader would meet it.
    Session misreferring = Session.builder().id(met(wrong, "fictional-wrong")).kind(SessionKind.WORKSHOP)
        .addParticipants(Participation.of(met(wrong, "nus"), ParticipantRole.SPEAKER)).build();
    wrong.add(misreferring);
    List<Session> withWrong = new ArrayList<>(base.sessions());
    withWrong.add(misreferring);
    assertThatThrownBy(() -> base.toBuilder().sessions(withWrong).entities(wrong).build())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage(catchThrowable(() -> base.toBuilder().sessions(withWrong).build()).getMessage())
        .hasMessageContaining("sessions[" + (withWrong.size() - 1) + "].participants[0].person: must refer to a"
            + " speaker of the symposium, not an institution");
  }

  private static LocalId met(Entities entities, String value) {
    return entities.identifier(value.toCharArray(), 0, value.length());
  }
}
