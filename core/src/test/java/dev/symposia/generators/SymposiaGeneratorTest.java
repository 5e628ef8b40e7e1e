package dev.symposia.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Delivery;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The promises of {@link EventGenerators#symposia()}, checked from the generated models alone, so that the
 * tests of other modules can rely on "every generated symposium is valid and clean".
 */
class SymposiaGeneratorTest {
  private static final int EXAMPLES = 150;

  private static Gen<Symposium> symposia() {
    return EventGenerators.symposia();
  }

  @Test
  void identifiersAreNumberedByKindAndUnique() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<LocalId> ids = new ArrayList<>();
      ids.addAll(ids(symposium.institutions().stream().map(Institution::id), "inst-"));
      ids.addAll(ids(symposium.speakers().stream().map(Speaker::id), "person-"));
      ids.addAll(ids(symposium.sessions().stream().map(Session::id), "session-"));
      ids.addAll(ids(symposium.agreements().stream().map(CooperationAgreement::id), "agreement-"));
      assertThat(ids).doesNotHaveDuplicates();
    });
  }

  private static List<LocalId> ids(Stream<LocalId> ids, String prefix) {
    List<LocalId> list = ids.toList();
    for (int i = 0; i < list.size(); i++) {
      assertThat(list.get(i)).hasToString(prefix + i);
    }
    return list;
  }

  @Test
  void sessionAndSigningDatesLieWithinTheSymposiumsDates() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      boolean complete = symposium.dates().start().isComplete() && symposium.dates().end().isComplete();
      List<PartialDate> dates = new ArrayList<>();
      symposium.sessions().forEach(s -> s.date().ifPresent(dates::add));
      symposium.agreements().forEach(a -> a.signedOn().ifPresent(dates::add));
      for (PartialDate date : dates) {
        if (complete) {
          assertThat(symposium.dates().contains(date.toLocalDate().orElseThrow()))
              .as("%s in %s", date, symposium.dates()).isTrue();
        } else {
          assertThat(date).isEqualTo(symposium.dates().start());
        }
      }
      for (CooperationAgreement agreement : symposium.agreements()) {
        Optional<PartialDate> sessionDate = agreement.signedAt().flatMap(symposium::session).flatMap(Session::date);
        if (sessionDate.isPresent() && agreement.signedOn().isPresent()) {
          assertThat(agreement.signedOn()).isEqualTo(sessionDate);
        }
      }
    });
  }

  @Test
  void nobodyTakesPartInTwoSessionsThatMayOverlap() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<Session> sessions = symposium.sessions();
      for (int i = 0; i < sessions.size(); i++) {
        for (int j = i + 1; j < sessions.size(); j++) {
          Set<LocalId> shared = people(sessions.get(i));
          shared.retainAll(people(sessions.get(j)));
          if (!shared.isEmpty()) {
            assertThat(certainlyApart(sessions.get(i), sessions.get(j)))
                .as("%s and %s share %s", sessions.get(i), sessions.get(j), shared).isTrue();
          }
        }
      }
    });
  }

  @Test
  void noRoomHostsTwoSessionsThatMayOverlap() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<Session> sessions = symposium.sessions();
      for (int i = 0; i < sessions.size(); i++) {
        for (int j = i + 1; j < sessions.size(); j++) {
          Set<String> shared = rooms(sessions.get(i));
          shared.retainAll(rooms(sessions.get(j)));
          boolean samePlace = sessions.get(i).places().stream().anyMatch(sessions.get(j).places()::contains);
          if (!shared.isEmpty() || samePlace) {
            assertThat(certainlyApart(sessions.get(i), sessions.get(j)))
                .as("%s and %s share %s", sessions.get(i), sessions.get(j), shared).isTrue();
          }
        }
      }
      symposium.places().forEach(place -> assertThat(place.room()).isEmpty());
      assertThat(symposium.places().stream().filter(Place::isMainVenue).count()).isLessThanOrEqualTo(1);
    });
  }

  private static Set<LocalId> people(Session session) {
    Set<LocalId> people = new HashSet<>();
    session.participants().forEach(p -> p.person().ifPresent(people::add));
    return people;
  }

  private static Set<String> rooms(Session session) {
    Set<String> rooms = new HashSet<>();
    session.places().forEach(p -> p.room().ifPresent(r -> rooms.add(r.text())));
    return rooms;
  }

  /** Tells whether two sessions certainly do not overlap, judged from their dates and times alone. */
  private static boolean certainlyApart(Session a, Session b) {
    if (a.date().isEmpty() || b.date().isEmpty() || !a.date().get().isComplete() || !b.date().get().isComplete()) {
      return false;
    }
    if (!a.date().equals(b.date())) {
      return true;
    }
    if (a.time().isEmpty() || b.time().isEmpty()) {
      return false;
    }
    TimeSlot x = a.time().get();
    TimeSlot y = b.time().get();
    if (x.partOfDay().isPresent() && y.partOfDay().isPresent()) {
      return x.partOfDay().get() != y.partOfDay().get();
    }
    if (x.partOfDay().isPresent() || y.partOfDay().isPresent()) {
      return false;
    }
    return endsBefore(x, y.start().orElseThrow()) || endsBefore(y, x.start().orElseThrow());
  }

  private static boolean endsBefore(TimeSlot slot, LocalTime time) {
    return slot.end().isPresent() && !slot.end().get().isAfter(time);
  }

  @Test
  void onlineSessionsHaveNoPlacesAndNobodyInPerson() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      for (Session session : symposium.sessions()) {
        Optional<AttendanceMode> mode = session.mode().or(symposium::mode);
        if (symposium.mode().isPresent() && symposium.mode().get() != AttendanceMode.HYBRID) {
          assertThat(session.mode()).isIn(Optional.empty(), symposium.mode());
        }
        if (mode.equals(Optional.of(AttendanceMode.ONLINE))) {
          assertThat(session.places()).isEmpty();
          assertThat(session.participants()).extracting(Participation::delivery)
              .doesNotContain(Optional.of(Delivery.IN_PERSON));
        }
        if (mode.equals(Optional.of(AttendanceMode.IN_PERSON))) {
          assertThat(session.participants()).extracting(Participation::delivery)
              .doesNotContain(Optional.of(Delivery.LIVE_REMOTE));
        }
      }
    });
  }

  @Test
  void earlierPlansDifferFromWhatReplacedThemAndSessionsMovedOnlineStateNoOtherMode() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<EarlierPlan> plans = symposium.plannedBefore();
      for (int i = 0; i < plans.size(); i++) {
        EarlierPlan plan = plans.get(i);
        List<Object> next = i + 1 < plans.size()
            ? List.of(plans.get(i + 1).dates(), plans.get(i + 1).mode(), plans.get(i + 1).places())
            : List.of(Optional.of(symposium.dates()), symposium.mode(), symposium.places());
        if (plan.description().isEmpty()) {
          assertThat(List.of(plan.dates(), plan.mode(), plan.places())).isNotEqualTo(next);
        }
      }
      for (Session session : symposium.sessions()) {
        List<EarlierSessionPlan> sessionPlans = session.plannedBefore();
        for (int i = 0; i < sessionPlans.size(); i++) {
          EarlierSessionPlan plan = sessionPlans.get(i);
          EarlierSessionPlan later = i + 1 < sessionPlans.size() ? sessionPlans.get(i + 1) : null;
          List<Object> next = later != null ? List.of(later.date(), later.time(), later.mode(), later.places())
              : List.of(session.date(), session.time(), session.mode(), session.places());
          if (plan.description().isEmpty()) {
            assertThat(List.of(plan.date(), plan.time(), plan.mode(), plan.places())).isNotEqualTo(next);
          }
        }
        if (session.status().equals(Optional.of(EventStatus.MOVED_ONLINE))) {
          assertThat(session.mode()).isIn(Optional.empty(), Optional.of(AttendanceMode.ONLINE));
        }
      }
    });
  }

  @Test
  void namedSignatoriesHoldAPositionAtThePartyTheySignForOnTheDayOfSigning() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      for (CooperationAgreement agreement : symposium.agreements()) {
        Set<LocalId> signers = new HashSet<>();
        for (Signatory signatory : agreement.signatories()) {
          if (signatory.person().isEmpty()) {
            continue;
          }
          LocalId person = signatory.person().get();
          Speaker speaker = symposium.speaker(person).orElseThrow();
          assertThat(speaker.positions()).anyMatch(position -> position.isHeldOn(agreement.signedOn().orElse(null))
              && position.institution().equals(Optional.of(signatory.party())));
          assertThat(signers.add(person)).as("%s signs once", person).isTrue();
        }
        if (agreement.signedAt().isPresent()) {
          assertThat(agreement.place()).isEmpty();
        }
      }
    });
  }

  @Test
  void namesOfDifferentPeopleAndInstitutionsDiffer() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<String> names = new ArrayList<>();
      for (Speaker speaker : symposium.speakers()) {
        Set<String> own = new HashSet<>();
        speaker.name().ifPresent(name -> own.add(key(name)));
        speaker.otherNames().forEach(name -> own.add(key(name)));
        names.addAll(own);
      }
      assertThat(names).doesNotHaveDuplicates();
      assertThat(symposium.institutions().stream().flatMap(i -> i.name().stream())
          .map(name -> name.in("en").orElse(name.text())).toList()).doesNotHaveDuplicates();
    });
  }

  private static String key(PersonName name) {
    return new TreeSet<>(Stream.concat(name.familyName().stream(), name.givenName().stream())
        .map(part -> part.toLowerCase(Locale.ROOT)).toList()).toString();
  }

  @Test
  void parentsTiesAndPartsPointBackwardsSoThatThereAreNoCycles() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      List<Institution> institutions = symposium.institutions();
      for (int i = 0; i < institutions.size(); i++) {
        Institution institution = institutions.get(i);
        List<LocalId> targets = new ArrayList<>();
        institution.parent().ifPresent(targets::add);
        institution.ties().forEach(tie -> targets.add(tie.institution()));
        for (LocalId target : targets) {
          assertThat(index(target)).isLessThan(i);
        }
      }
      for (int i = 0; i < symposium.sessions().size(); i++) {
        Session session = symposium.sessions().get(i);
        if (session.partOf().isPresent()) {
          assertThat(index(session.partOf().get())).isLessThan(i);
          assertThat(symposium.session(session.partOf().get()).orElseThrow().date()).isEqualTo(session.date());
        }
      }
    });
  }

  private static int index(LocalId id) {
    return Integer.parseInt(id.value().substring(id.value().lastIndexOf('-') + 1));
  }

  @Test
  void statedCountsAgreeWithTheProgrammeAndWithEachOther() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      Map<Measure, Statistic> totals = new TreeMap<>();
      for (Statistic statistic : symposium.statistics()) {
        if (!narrowed(statistic)) {
          assertThat(totals.put(statistic.measure(), statistic)).as("one total of %s", statistic.measure()).isNull();
        }
      }
      for (Statistic statistic : symposium.statistics()) {
        Statistic total = totals.get(statistic.measure());
        if (narrowed(statistic) && total != null) {
          assertThat(statistic.count().isCertainlyGreaterThan(total.count())).as("%s above %s", statistic, total)
              .isFalse();
        }
      }
      assertNotBelow(totals.get(Measure.SESSIONS), symposium.sessions().size());
      assertNotBelow(totals.get(Measure.INSTITUTIONS), symposium.institutions().size());
      assertNotBelow(totals.get(Measure.SPEAKERS), symposium.speakers().size());
      assertNotBelow(totals.get(Measure.PARTICIPANTS), symposium.speakers().size());
      for (Statistic statistic : symposium.statistics()) {
        if (statistic.measure() == Measure.SESSIONS && statistic.mode().isPresent()) {
          long listed = symposium.sessions().stream()
              .filter(s -> s.mode().equals(statistic.mode())).count();
          assertNotBelow(statistic, listed);
        }
        if (statistic.measure() == Measure.SESSIONS && statistic.sessionKind().isPresent()) {
          long listed = symposium.sessions().stream()
              .filter(s -> s.kind() == statistic.sessionKind().get()).count();
          assertNotBelow(statistic, listed);
        }
      }
      Statistic participants = totals.get(Measure.PARTICIPANTS);
      for (Measure part : List.of(Measure.SPEAKERS, Measure.EXPERTS)) {
        if (participants != null && totals.containsKey(part)) {
          assertThat(totals.get(part).count().isCertainlyGreaterThan(participants.count())).isFalse();
        }
      }
      for (Session session : symposium.sessions()) {
        long named = session.participants().stream().filter(p -> p.person().isPresent())
            .map(p -> p.person().get()).distinct().count();
        session.statistics().stream().filter(s -> s.measure() == Measure.PARTICIPANTS)
            .forEach(s -> assertNotBelow(s, named));
      }
    });
  }

  private static boolean narrowed(Statistic statistic) {
    return statistic.sessionKind().isPresent() || statistic.mode().isPresent() || !statistic.countries().isEmpty()
        || !statistic.institutionKinds().isEmpty() || statistic.share().isPresent();
  }

  private static void assertNotBelow(Statistic statistic, long listed) {
    if (statistic != null) {
      assertThat(Count.exactly(listed).isCertainlyGreaterThan(statistic.count()))
          .as("%s below the %d listed", statistic, listed).isFalse();
    }
  }

  @Test
  void editionsFitTheSeries() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      OptionalInt year = symposium.dates().start().year();
      if (symposium.edition().isPresent()) {
        assertThat(symposium.series()).isPresent();
      }
      symposium.series().ifPresent(series -> {
        if (year.isPresent() && series.firstYear().isPresent()) {
          assertThat(series.firstYear().get().getValue()).isLessThanOrEqualTo(year.getAsInt());
        }
        if (symposium.edition().isPresent() && series.editionsHeld().isPresent()) {
          assertThat(Count.exactly(symposium.edition().getAsInt()).isCertainlyGreaterThan(series.editionsHeld().get()))
              .isFalse();
        }
      });
    });
  }

  @Test
  void timeSlotsOfOneDayAreAllClockTimesOrAllPartsOfTheDay() {
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> {
      Map<PartialDate, Set<Boolean>> forms = new HashMap<>();
      for (Session session : symposium.sessions()) {
        if (session.date().isPresent() && session.time().isPresent() && !session.places().isEmpty()) {
          forms.computeIfAbsent(session.date().get(), d -> new HashSet<>())
              .add(session.time().get().partOfDay().isPresent());
        }
      }
      forms.values().forEach(set -> assertThat(set).hasSize(1));
    });
  }

  /**
   * Every optional attribute, list and flag of every aggregate is, over a few hundred symposia, sometimes
   * present and sometimes absent, so that the other modules' tests see both.
   */
  @Test
  void everyOptionalPartIsSometimesPresentAndSometimesAbsent() {
    Map<String, Set<Boolean>> seen = new TreeMap<>();
    qt().withExamples(300).forAll(symposia()).checkAssert(symposium -> record(symposium, seen));
    Set<String> neverBoth = new TreeSet<>();
    seen.forEach((attribute, values) -> {
      if (values.size() < 2) {
        neverBoth.add(attribute + values);
      }
    });
    // Parties are never fewer than two, so never empty.
    neverBoth.remove("CooperationAgreement.parties[true]");
    assertThat(neverBoth).isEmpty();
    assertThat(seen).containsKeys("Symposium.edition", "Session.partOf", "Place.room", "PersonName.asWritten",
        "UnnamedGroup.kind", "Statistic.countries", "Series.usualPlace", "Source.url", "Award.unveiledBy",
        "Symposium.plannedBefore", "Session.status", "Session.plannedBefore", "EarlierPlan.changeAnnounced",
        "EarlierSessionPlan.time", "EarlierSessionPlan.sources", "Symposium.partialLists", "Session.partialLists",
        "Statistic.partialLists", "Award.partialLists", "Institution.partialLists",
        "CooperationAgreement.partialLists");
  }

  private static void record(Object value, Map<String, Set<Boolean>> seen) {
    if (value == null || !value.getClass().getPackageName().startsWith("dev.symposia.")
        || !value.getClass().getSimpleName().startsWith("Immutable")) {
      return;
    }
    for (Method method : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0) {
        continue;
      }
      Object result;
      try {
        result = method.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
      String attribute = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      if (result instanceof Optional<?> optional) {
        seen.computeIfAbsent(attribute, a -> new HashSet<>()).add(optional.isPresent());
        optional.ifPresent(part -> record(part, seen));
      } else if (result instanceof OptionalInt optional) {
        seen.computeIfAbsent(attribute, a -> new HashSet<>()).add(optional.isPresent());
      } else if (result instanceof Collection<?> collection) {
        seen.computeIfAbsent(attribute, a -> new HashSet<>()).add(!collection.isEmpty());
        collection.forEach(part -> record(part, seen));
      } else if (result instanceof Boolean flag) {
        seen.computeIfAbsent(attribute, a -> new HashSet<>()).add(flag);
      } else {
        record(result, seen);
      }
    }
  }

  @Test
  void partsOfTheDayAndClockTimesBothOccur() {
    Set<Boolean> forms = new HashSet<>();
    qt().withExamples(EXAMPLES).forAll(symposia()).checkAssert(symposium -> symposium.sessions()
        .forEach(s -> s.time().ifPresent(t -> forms.add(t.partOfDay().isPresent()))));
    assertThat(forms).containsExactlyInAnyOrder(true, false);
  }
}
