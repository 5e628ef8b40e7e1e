package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.References.Reference;
import dev.symposia.generators.EventGenerators;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SymposiumTest {
  private static final int EXAMPLES = 60;
  private static final LocalId NOBODY = LocalId.of("nobody");

  /**
   * A small symposium, after the CQMU Biomedical Sciences Session, that holds at least one reference of
   * every kind the design lists.
   */
  static Symposium referenceRich() {
    Place cqmuHall = Place.builder().institution(id("cqmu")).room("Academic Conference Hall").build();
    return Symposium.builder().id("cqmu-biomedical-2024").title("Biomedical Sciences Session")
        .dates(DateSpan.on(LocalDate.of(2024, 11, 22)))
        .series(Series.builder().name("International Conference on Cooperation and Integration")
            .usualPlace(Place.builder().institution(id("cqmu")).city("Chongqing").build()).build())
        .edition(3)
        .addPlaces(Place.builder().institution(id("cqmu")).city("Chongqing").build())
        .addPlannedBefore(EarlierPlan.builder().dates(DateSpan.on(LocalDate.of(2024, 11, 8)))
            .addPlaces(Place.builder().institution(id("nus")).build()).build())
        .addInstitutions(
            institution("cqmu", "Chongqing Medical University").build(),
            institution("nus", "National University of Singapore").build(),
            institution("nus-medicine", "Yong Loo Lin School of Medicine").parent(id("nus"))
                .addTies(InstitutionTie.of(TieKind.AFFILIATED_WITH, id("cqmu"))).build(),
            Institution.builder().id("partner").description("a partner university").kind(InstitutionKind.UNIVERSITY)
                .build())
        .addInstitutionRoles(
            InstitutionParticipation.of(id("cqmu"), InstitutionRole.HOST),
            InstitutionParticipation.builder().role(InstitutionRole.PARTICIPANT).group(UnnamedGroup.builder()
                .count(Count.moreThan(1)).description("universities abroad").addInstitutions(id("nus")).build())
                .build())
        .addSpeakers(
            Speaker.builder().id("li-huabing").name(PersonName.familyFirst("Li", "Huabing"))
                .addPositions(Position.of("Vice President", id("cqmu"))).build(),
            Speaker.builder().id("chen-zhixiong").name(PersonName.familyFirst("Chen", "Zhixiong"))
                .addPositions(Position.of("Assistant Dean", id("nus-medicine"))).build(),
            Speaker.builder().id("invited-lecturer").description("an invited lecturer from a partner university")
                .addPositions(Position.builder().institution(id("partner")).build()).build())
        .addParticipants(
            Participation.builder().person("invited-lecturer").role(ParticipantRole.SPEAKER)
                .delivery(Delivery.LIVE_REMOTE).joinedFrom(Place.builder().institution(id("partner")).build()).build(),
            Participation.builder().role(ParticipantRole.ATTENDEE).group(UnnamedGroup.builder()
                .count(Count.unknown()).description("experts from home and abroad").addInstitutions(id("nus")).build())
                .build())
        .addSessions(
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).addPlaces(cqmuHall)
                .addPlannedBefore(EarlierSessionPlan.builder().addPlaces(Place.builder().institution(id("cqmu"))
                    .room("Lecture Hall 1").build()).build())
                .addParticipants(Participation.builder().person("li-huabing").role(ParticipantRole.CHAIR)
                        .joinedFrom(Place.builder().institution(id("nus")).build()).build(),
                    Participation.builder().role(ParticipantRole.ATTENDEE).group(UnnamedGroup.builder()
                        .count(Count.exactly(1)).description("expert").addInstitutions(id("nus")).build()).build())
                .build(),
            Session.builder().id("signing").kind(SessionKind.SIGNING_CEREMONY).partOf(id("opening"))
                .addParticipants(Participation.of(id("li-huabing"), ParticipantRole.SIGNATORY),
                    Participation.of(id("chen-zhixiong"), ParticipantRole.SIGNATORY))
                .build())
        .addAgreements(
            CooperationAgreement.builder().id("cqmu-nus-medicine").addParties(id("cqmu"), id("nus-medicine"))
                .addSignatories(Signatory.of(id("li-huabing"), id("cqmu")),
                    Signatory.of(id("chen-zhixiong"), id("nus-medicine")))
                .signedAt(id("signing")).build(),
            CooperationAgreement.builder().id("nus-cqmu").addParties(id("nus"), id("cqmu"))
                .place(Place.builder().institution(id("nus")).build()).build())
        .addAwards(Award.builder().name("Outstanding Partner Award").addRecipients(id("chen-zhixiong"))
            .addUnveiledBy(id("li-huabing")).session(id("opening")).build())
        .addRelatedEvents(RelatedEvent.builder().relation(EventRelation.PART_OF)
            .title(LocalizedText.of("2024 International Conference on Cooperation and Integration"))
            .addPlaces(Place.builder().institution(id("cqmu")).build()).build())
        .build();
  }

  private static Institution.Builder institution(String id, String name) {
    return Institution.builder().id(id).name(name).kind(InstitutionKind.UNIVERSITY);
  }

  private static LocalId id(String value) {
    return LocalId.of(value);
  }

  @Test
  void buildingNothingNamesEveryMissingRequiredAttribute() {
    assertThatThrownBy(() -> Symposium.builder().build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.id, title, dates: are required")
        .satisfies(e -> {
          InvalidModelException refusal = (InvalidModelException) e;
          assertThat(refusal.type()).isEqualTo("Symposium");
          assertThat(refusal.attribute()).isEqualTo("id, title, dates");
          assertThat(refusal.rule()).isEqualTo("are required");
          assertThat(refusal.offendingValue()).isEmpty();
        });
  }

  @Test
  void buildingWithoutDatesNamesOnlyTheDates() {
    assertRefused(() -> Symposium.builder().id("isctm-2022").title("ISCTM").build(), "Symposium.dates: is required");
  }

  @Test
  void nullsPassedToTheBuilderAreRefusedWithTheModelException() {
    assertRefused(() -> Symposium.builder().dates(null), "Symposium.dates: must not be null (was null)");
    assertRefused(() -> Symposium.builder().series((Series) null), "Symposium.series: must not be null (was null)");
    assertRefused(() -> Symposium.builder().addSessions((Session) null),
        "Symposium.sessions: must not contain null (was null)");
    assertRefused(() -> Symposium.builder().addSpeakers(referenceRich().speakers().get(0), null),
        "Symposium.speakers: must not contain null (was null)");
    assertRefused(() -> Symposium.builder().id((LocalId) null), "Symposium.id: must not be null (was null)");
  }

  @ParameterizedTest(name = "edition {0}")
  @CsvSource({"0", "-1", "-2147483648"})
  void editionsBelowOneAreRefused(int edition) {
    Symposium.Builder symposium = referenceRich().toBuilder().edition(edition);
    assertRefused(symposium::build, "Symposium.edition: must be at least 1 (was " + edition + ")");
  }

  @Test
  void editionOneIsTheFirstAccepted() {
    assertThat(referenceRich().toBuilder().edition(1).build().edition()).hasValue(1);
  }

  @Test
  void theFixtureHoldsEveryReferenceTheTableBelowCorrupts() {
    assertThat(References.of(referenceRich())).extracting(Reference::path).containsExactlyInAnyOrder(
        "series.usualPlace.institution", "places[0].institution", "plannedBefore[0].places[0].institution",
        "institutions[2].parent", "institutions[2].ties[0].institution", "institutionRoles[0].institution",
        "institutionRoles[1].group.institutions[0]", "speakers[0].positions[0].institution",
        "speakers[1].positions[0].institution", "speakers[2].positions[0].institution",
        "participants[0].person", "participants[0].joinedFrom.institution",
        "participants[1].group.institutions[0]", "sessions[0].places[0].institution",
        "sessions[0].plannedBefore[0].places[0].institution", "sessions[0].participants[0].person",
        "sessions[0].participants[0].joinedFrom.institution",
        "sessions[0].participants[1].group.institutions[0]",
        "sessions[1].partOf", "sessions[1].participants[0].person", "sessions[1].participants[1].person",
        "agreements[0].parties[0]", "agreements[0].parties[1]", "agreements[0].signatories[0].person",
        "agreements[0].signatories[1].person", "agreements[0].signedAt", "agreements[1].parties[0]",
        "agreements[1].parties[1]", "agreements[1].place.institution", "awards[0].recipients[0]",
        "awards[0].unveiledBy[0]", "awards[0].session", "relatedEvents[0].places[0].institution");
  }

  @Test
  void ofASessionsDanglingReferencesTheFirstInTheCanonicalOrderIsRefused() {
    // The canonical form writes a session's places before the session it is part of, so a document's first
    // offence is the place's.
    Symposium base = referenceRich();
    Session both = base.sessions().get(1).toBuilder()
        .addPlaces(Place.builder().institution(NOBODY).build()).partOf(NOBODY).build();
    List<Session> sessions = List.of(base.sessions().get(0), both);
    assertRefused(() -> base.toBuilder().sessions(sessions).build(),
        "Symposium.sessions[1].places[0].institution: must refer to an institution of the symposium (was \"nobody\")");
    Entities gathered = new Entities();
    base.institutions().forEach(gathered::add);
    base.speakers().forEach(gathered::add);
    sessions.forEach(gathered::add);
    base.agreements().forEach(gathered::add);
    assertRefused(() -> base.toBuilder().entities(gathered).build(),
        "Symposium.sessions[1].places[0].institution: must refer to an institution of the symposium (was \"nobody\")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      series.usualPlace.institution                      | an institution
      places[0].institution                              | an institution
      plannedBefore[0].places[0].institution             | an institution
      institutions[2].parent                             | an institution
      institutions[2].ties[0].institution                | an institution
      institutionRoles[0].institution                    | an institution
      institutionRoles[1].group.institutions[0]          | an institution
      speakers[1].positions[0].institution               | an institution
      participants[0].person                             | a speaker
      participants[0].joinedFrom.institution             | an institution
      participants[1].group.institutions[0]              | an institution
      sessions[0].places[0].institution                  | an institution
      sessions[0].participants[0].joinedFrom.institution | an institution
      sessions[0].plannedBefore[0].places[0].institution | an institution
      sessions[0].participants[0].person                 | a speaker
      sessions[0].participants[1].group.institutions[0]  | an institution
      sessions[1].partOf                                 | a session
      sessions[1].participants[1].person                 | a speaker
      agreements[0].parties[1]                           | an institution
      agreements[0].signatories[1].person                | a speaker
      agreements[0].signedAt                             | a session
      agreements[1].place.institution                    | an institution
      awards[0].recipients[0]                            | a speaker
      awards[0].unveiledBy[0]                            | a speaker
      awards[0].session                                  | a session
      relatedEvents[0].places[0].institution             | an institution
      """)
  void aReferenceToNothingIsRefusedAtItsPath(String path, String kind) {
    Symposium.Builder corrupted = reference(referenceRich(), path).changedTo().apply(NOBODY);
    assertRefused(corrupted::build,
        "Symposium." + path + ": must refer to " + kind + " of the symposium (was \"nobody\")");
  }

  @Test
  void aDanglingParticipantIsRefusedWithTheDocumentedMessage() {
    Symposium.Builder corrupted = reference(referenceRich(), "sessions[0].participants[0].person").changedTo()
        .apply(NOBODY);
    assertRefused(corrupted::build,
        "Symposium.sessions[0].participants[0].person: must refer to a speaker of the symposium (was \"nobody\")");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      sessions[0].participants[0].person  | signing           | a speaker of the symposium, not a session
      agreements[0].signatories[0].person | cqmu              | a speaker of the symposium, not an institution
      awards[0].recipients[0]             | cqmu-nus-medicine | a speaker of the symposium, not an agreement
      agreements[0].parties[1]            | chen-zhixiong     | an institution of the symposium, not a speaker
      institutions[2].parent              | opening           | an institution of the symposium, not a session
      speakers[0].positions[0].institution | nus-cqmu         | an institution of the symposium, not an agreement
      agreements[0].signedAt              | cqmu              | a session of the symposium, not an institution
      sessions[1].partOf                  | li-huabing        | a session of the symposium, not a speaker
      participants[0].person              | partner           | a speaker of the symposium, not an institution
      """)
  void aReferenceToTheWrongKindOfEntityIsRefusedNamingBothKinds(String path, String other, String rule) {
    Symposium.Builder corrupted = reference(referenceRich(), path).changedTo().apply(id(other));
    assertRefused(corrupted::build, "Symposium." + path + ": must refer to " + rule + " (was \"" + other + "\")");
  }

  @Test
  void anIdentifierUsedByTwoEntitiesOfAnyKindsIsRefusedAtTheSecond() {
    Symposium symposium = referenceRich();
    assertRefused(() -> withSpeakerId(symposium, 0, "cqmu").build(),
        "Symposium.speakers[0].id: must be unique within the symposium, but institutions[0] has it already (was \"cqmu\")");
    assertRefused(() -> withSpeakerId(symposium, 1, "li-huabing").build(),
        "Symposium.speakers[1].id: must be unique within the symposium, but speakers[0] has it already (was \"li-huabing\")");
    assertRefused(() -> symposium.toBuilder().sessions(References.replaced(symposium.sessions(), 1,
            symposium.sessions().get(1).toBuilder().id("chen-zhixiong").build())).build(),
        "Symposium.sessions[1].id: must be unique within the symposium, but speakers[1] has it already (was \"chen-zhixiong\")");
    assertRefused(() -> symposium.toBuilder().agreements(References.replaced(symposium.agreements(), 1,
            symposium.agreements().get(1).toBuilder().id("opening").build())).build(),
        "Symposium.agreements[1].id: must be unique within the symposium, but sessions[0] has it already (was \"opening\")");
    assertRefused(() -> symposium.toBuilder().agreements(References.replaced(symposium.agreements(), 1,
            symposium.agreements().get(1).toBuilder().id("cqmu-nus-medicine").build())).build(),
        "Symposium.agreements[1].id: must be unique within the symposium, but agreements[0] has it already (was \"cqmu-nus-medicine\")");
    assertRefused(() -> symposium.toBuilder().institutions(References.replaced(symposium.institutions(), 1,
            symposium.institutions().get(1).toBuilder().id("cqmu").build())).build(),
        "Symposium.institutions[1].id: must be unique within the symposium, but institutions[0] has it already (was \"cqmu\")");
  }

  private static Symposium.Builder withSpeakerId(Symposium symposium, int index, String id) {
    return symposium.toBuilder().speakers(References.replaced(symposium.speakers(), index,
        symposium.speakers().get(index).toBuilder().id(id).build()));
  }

  @Test
  void lookupsFindEntitiesByIdentifierAndOnlyOfTheirKind() {
    Symposium symposium = referenceRich();
    assertThat(symposium.speaker(id("li-huabing"))).contains(symposium.speakers().get(0));
    assertThat(symposium.institution(id("nus-medicine"))).contains(symposium.institutions().get(2));
    assertThat(symposium.session(id("signing"))).contains(symposium.sessions().get(1));
    assertThat(symposium.speaker(id("cqmu"))).isEmpty();
    assertThat(symposium.session(NOBODY)).isEmpty();
    assertThat(symposium.institution((LocalId) null)).isEmpty();
  }

  // Properties over generated symposia.

  static Gen<Symposium> symposia() {
    return EventGenerators.symposia();
  }

  static Gen<Integer> choices() {
    return Generate.range(0, 100_000);
  }

  /**
   * Picks a reference at random: first a kind of place (such as {@code awards[].unveiledBy[]}) among those
   * the symposium has, then one reference of that kind, so that rare kinds are picked as often as
   * participants.
   */
  static Reference pick(List<Reference> references, int choice) {
    List<String> shapes = references.stream().map(r -> r.path().replaceAll("\\[\\d+]", "[]")).distinct().toList();
    String shape = shapes.get(choice % shapes.size());
    List<Reference> ofShape = references.stream()
        .filter(r -> r.path().replaceAll("\\[\\d+]", "[]").equals(shape)).toList();
    return ofShape.get(choice / shapes.size() % ofShape.size());
  }

  private static void assertRefusedAsDangling(Reference reference) {
    assertThatThrownBy(() -> reference.changedTo().apply(NOBODY).build())
        .as(reference.path())
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium." + reference.path() + ": must refer to " + reference.kind().article
            + " of the symposium (was \"nobody\")")
        .satisfies(e -> {
          InvalidModelException refusal = (InvalidModelException) e;
          assertThat(refusal.attribute()).isEqualTo(reference.path());
          assertThat(refusal.offendingValue()).contains(NOBODY);
        });
  }

  @Test
  void changingAnyOneReferenceToAnUnknownIdentifierIsRefusedAtItsPath() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(symposia(), choices()).checkAssert((symposium, choice) -> {
      List<Reference> references = References.of(symposium);
      if (!references.isEmpty()) {
        tried.incrementAndGet();
        assertRefusedAsDangling(pick(references, choice));
      }
    });
    assertThat(tried.get()).isPositive();
  }

  @Test
  void changingEachReferenceInTurnToAnUnknownIdentifierIsRefusedAtItsPath() {
    qt().withExamples(EXAMPLES / 2).withShrinkCycles(20).forAll(symposia())
        .checkAssert(symposium -> References.of(symposium).forEach(SymposiumTest::assertRefusedAsDangling));
  }

  @Test
  void changingAnyOneReferenceToAnEntityOfAnotherKindIsRefusedNamingBothKinds() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(symposia(), choices(), choices())
        .checkAssert((symposium, choice, otherChoice) -> {
          List<Reference> references = References.of(symposium);
          if (references.isEmpty()) {
            return;
          }
          Reference reference = pick(references, choice);
          List<Entity> others = entities(symposium).stream().filter(e -> !e.article().equals(reference.kind().article))
              .toList();
          if (others.isEmpty()) {
            return;
          }
          Entity other = others.get(otherChoice % others.size());
          tried.incrementAndGet();
          assertThatThrownBy(() -> reference.changedTo().apply(other.id()).build())
              .isExactlyInstanceOf(InvalidModelException.class)
              .hasMessage("Symposium." + reference.path() + ": must refer to " + reference.kind().article
                  + " of the symposium, not " + other.article() + " (was \"" + other.id() + "\")");
        });
    assertThat(tried.get()).isPositive();
  }

  @Test
  void givingAnEntityTheIdentifierOfAnEarlierOneIsRefusedAtTheLaterOne() {
    AtomicInteger tried = new AtomicInteger();
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(symposia(), choices(), choices())
        .checkAssert((symposium, first, second) -> {
          List<Entity> entities = entities(symposium);
          if (entities.size() < 2) {
            return;
          }
          int later = 1 + second % (entities.size() - 1);
          Entity earlier = entities.get(first % later);
          Entity renamed = entities.get(later);
          Symposium.Builder clashing;
          try {
            clashing = renamed.withId().apply(earlier.id());
          } catch (InvalidModelException selfReference) {
            // The entity refers to the one whose identifier it takes, and refuses to be its own parent.
            return;
          }
          tried.incrementAndGet();
          assertRefused(clashing::build, "Symposium." + renamed.path()
              + ".id: must be unique within the symposium, but " + earlier.path() + " has it already (was \""
              + earlier.id() + "\")");
        });
    assertThat(tried.get()).isPositive();
  }

  /** An entity with an identifier, in the order the symposium registers them. */
  private record Entity(String path, String article, LocalId id, Function<LocalId, Symposium.Builder> withId) {}

  private static List<Entity> entities(Symposium symposium) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < symposium.institutions().size(); i++) {
      Institution institution = symposium.institutions().get(i);
      int at = i;
      entities.add(new Entity("institutions[" + i + "]", "an institution", institution.id(), id -> symposium
          .toBuilder().institutions(References.replaced(symposium.institutions(), at,
              institution.toBuilder().id(id).build()))));
    }
    for (int i = 0; i < symposium.speakers().size(); i++) {
      Speaker speaker = symposium.speakers().get(i);
      int at = i;
      entities.add(new Entity("speakers[" + i + "]", "a speaker", speaker.id(), id -> symposium.toBuilder()
          .speakers(References.replaced(symposium.speakers(), at, speaker.toBuilder().id(id).build()))));
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      int at = i;
      entities.add(new Entity("sessions[" + i + "]", "a session", session.id(), id -> symposium.toBuilder()
          .sessions(References.replaced(symposium.sessions(), at, session.toBuilder().id(id).build()))));
    }
    for (int i = 0; i < symposium.agreements().size(); i++) {
      CooperationAgreement agreement = symposium.agreements().get(i);
      int at = i;
      entities.add(new Entity("agreements[" + i + "]", "an agreement", agreement.id(), id -> symposium.toBuilder()
          .agreements(References.replaced(symposium.agreements(), at, agreement.toBuilder().id(id).build()))));
    }
    return entities;
  }

  /**
   * The references the properties above corrupt are all the identifiers the model holds apart from the
   * entities' own and the signatories' parties (which the agreement itself checks against its parties):
   * found here by walking every attribute, so that a reference added to the model later and forgotten by
   * {@link References} (and perhaps by the production check) fails this test.
   */
  @Test
  void everyIdentifierInsideASymposiumIsAReferenceThePropertiesCover() {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(symposia()).checkAssert(symposium -> {
      List<LocalId> found = new ArrayList<>();
      walk(symposium, found, true);
      assertThat(References.of(symposium)).extracting(Reference::value).containsExactlyInAnyOrderElementsOf(found);
    });
  }

  private static void walk(Object value, List<LocalId> found, boolean root) {
    if (value instanceof LocalId id) {
      found.add(id);
      return;
    }
    if (value == null || !value.getClass().getSimpleName().startsWith("Immutable")) {
      return;
    }
    for (Method method : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0 || method.getName().equals("toBuilder")
          || method.getName().equals("id") && (root || isEntity(value))
          || method.getName().equals("party") && value instanceof Signatory
          // Statistics and series have identifiers of their own space, which no entity reference names;
          // StatisticLinksTest covers the links between statistics.
          || value instanceof Statistic && List.of("id", "shareOf", "sameGroupAs").contains(method.getName())
          || value instanceof Series && method.getName().equals("id")) {
        continue;
      }
      Object result;
      try {
        result = method.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
      if (result instanceof Optional<?> optional) {
        optional.ifPresent(part -> walk(part, found, false));
      } else if (result instanceof Collection<?> collection) {
        collection.forEach(part -> walk(part, found, false));
      } else {
        walk(result, found, false);
      }
    }
  }

  private static boolean isEntity(Object value) {
    return value instanceof Institution || value instanceof Speaker || value instanceof Session
        || value instanceof CooperationAgreement;
  }

  private static Reference reference(Symposium symposium, String path) {
    return References.of(symposium).stream().filter(r -> r.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no reference at " + path));
  }

  static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
