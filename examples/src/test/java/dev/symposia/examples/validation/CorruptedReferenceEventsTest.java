package dev.symposia.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.symposia.InvalidModelException;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.jackson.SymposiaJsonException;
import dev.symposia.people.Speaker;
import dev.symposia.quantity.Count;
import dev.symposia.testing.ModelWalk;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five reference events, each corrupted in the ways real records go wrong, as users meet the library:
 * the findings name no generated class ({@code ImmutableSymposium}) in their messages, codes or paths, and
 * read in words in every language (no enum constant; in Chinese, no English word the record does not
 * state); the model's {@code toString()}s and the refusals of core and of the JSON reader name no generated
 * class either.
 */
class CorruptedReferenceEventsTest {
  private static final String GENERATED = "Immutable";
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-CN"),
      Locale.forLanguageTag("zh-TW"));
  /** Latin words a Chinese message may hold besides the record's own: the schemes of identifiers. */
  private static final Set<String> SCHEMES = Set.of("ORCID", "iD", "ISNI", "ROR");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static Set<String> enumConstants;

  @BeforeAll
  static void findEnumConstants() {
    enumConstants = new HashSet<>();
    for (Class<?> type : ModelWalk.modelEnums()) {
      for (Object constant : type.getEnumConstants()) {
        enumConstants.add(((Enum<?>) constant).name());
      }
    }
  }

  /** The corruptions, each applicable to any symposium with the parts it changes. */
  private static Map<String, UnaryOperator<Symposium>> corruptions() {
    Map<String, UnaryOperator<Symposium>> corruptions = new LinkedHashMap<>();
    corruptions.put("every session repeated at the same time and place, with the same people",
        CorruptedReferenceEventsTest::sessionsRepeated);
    corruptions.put("statistics that contradict the listing and each other", s -> s.toBuilder()
        .addStatistics(Statistic.of(Measure.SESSIONS, Count.exactly(1)),
            Statistic.builder().measure(Measure.SESSIONS).count(Count.exactly(2)).mode(AttendanceMode.ONLINE).build(),
            Statistic.of(Measure.SPEAKERS, Count.exactly(1)),
            Statistic.builder().measure(Measure.EXPERTS).count(Count.parse("more than 2")).build(),
            Statistic.of(Measure.EXPERTS, Count.exactly(1)))
        .build());
    corruptions.put("moved online but in person, its current values copied into an earlier plan", s -> s.toBuilder()
        .status(EventStatus.MOVED_ONLINE).mode(AttendanceMode.IN_PERSON)
        .addPlannedBefore(EarlierPlan.builder().dates(s.dates()).mode(AttendanceMode.IN_PERSON).places(s.places())
            .change(EventStatus.MOVED_ONLINE).build())
        .build());
    corruptions.put("an ORCID iD outside the ranges, given to every speaker", CorruptedReferenceEventsTest::sameOrcid);
    corruptions.put("institutions made units of each other, in other countries",
        CorruptedReferenceEventsTest::institutionCycle);
    corruptions.put("sessions dated after the event, made parts of each other",
        CorruptedReferenceEventsTest::sessionsAfterTheEvent);
    return corruptions;
  }

  private static Symposium sessionsRepeated(Symposium symposium) {
    List<Session> copies = new ArrayList<>();
    for (Session session : symposium.sessions()) {
      // Without its statistics (and the notes on them): a copy may not repeat their identifiers.
      copies.add(session.toBuilder().id(session.id() + "-again").partOf(java.util.Optional.empty())
          .status(java.util.Optional.empty()).statistics(List.of())
          .notes(session.notes().stream().filter(note -> !note.path().startsWith("statistics")).toList()).build());
    }
    return symposium.toBuilder().addAllSessions(copies).build();
  }

  private static Symposium sameOrcid(Symposium symposium) {
    List<Speaker> speakers = new ArrayList<>();
    for (Speaker speaker : symposium.speakers()) {
      speakers.add(speaker.toBuilder().orcid(Orcid.parse("5000-0000-0000-0006")).build());
    }
    return symposium.toBuilder().speakers(speakers).build();
  }

  private static Symposium institutionCycle(Symposium symposium) {
    List<Institution> institutions = new ArrayList<>(symposium.institutions());
    if (institutions.size() < 2) {
      return symposium;
    }
    LocalId first = institutions.get(0).id();
    LocalId second = institutions.get(1).id();
    institutions.set(0, institutions.get(0).toBuilder().parent(second)
        .country(dev.symposia.place.CountryCode.of("SG")).build());
    institutions.set(1, institutions.get(1).toBuilder().parent(first)
        .country(dev.symposia.place.CountryCode.of("CN")).build());
    return symposium.toBuilder().institutions(institutions).build();
  }

  private static Symposium sessionsAfterTheEvent(Symposium symposium) {
    if (symposium.sessions().size() < 2 || symposium.dates().end().year().isEmpty()) {
      return symposium;
    }
    dev.symposia.time.PartialDate after = dev.symposia.time.PartialDate.ofYear(
        symposium.dates().end().year().getAsInt() + 1);
    List<Session> sessions = new ArrayList<>(symposium.sessions());
    LocalId first = sessions.get(0).id();
    LocalId second = sessions.get(1).id();
    sessions.set(0, sessions.get(0).toBuilder().date(after).partOf(second).build());
    sessions.set(1, sessions.get(1).toBuilder().date(after).partOf(first).build());
    return symposium.toBuilder().sessions(sessions).build();
  }

  static Stream<Arguments> corrupted() {
    List<Arguments> cases = new ArrayList<>();
    for (Symposium event : ReferenceEvents.all()) {
      corruptions().forEach((name, corruption) -> cases.add(Arguments.of(event.id() + ": " + name,
          corruption.apply(event))));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrupted")
  void findingsReadInWordsAndNameNoGeneratedClass(String name, Symposium corrupted) {
    Set<String> allowed = new TreeSet<>(ModelWalk.recordWords(corrupted));
    allowed.addAll(SCHEMES);
    // Not every corruption applies to every event (one without clock times has no overlaps):
    // everyCorruptionFindsSomethingInSomeEvent checks that each applies somewhere.
    for (Locale locale : LOCALES) {
      Set<ConstraintViolation<Symposium>> violations = SymposiaValidation.validator(locale).validate(corrupted);
      for (ConstraintViolation<Symposium> violation : violations) {
        assertThat(violation.getMessage()).doesNotContain(GENERATED);
        assertThat(violation.getMessageTemplate()).doesNotContain(GENERATED);
        assertThat(violation.getPropertyPath().toString()).doesNotContain(GENERATED);
        Finding finding = Finding.of(violation);
        assertThat(finding.toString()).doesNotContain(GENERATED);
        assertThat(words(CONSTANT, finding.message())).as("%s in %s", finding, locale)
            .doesNotContainAnyElementsOf(enumConstants);
        Set<String> words = words(LATIN_WORD, finding.message());
        if (!locale.getLanguage().equals("en")) {
          assertThat(finding.message()).as(finding.toString()).containsPattern("\\p{IsHan}");
          words.removeAll(allowed);
          assertThat(words).as("English in %s (%s)", finding, locale).isEmpty();
        }
      }
    }
  }

  @Test
  void everyCorruptionFindsSomethingInSomeEvent() {
    Map<String, UnaryOperator<Symposium>> corruptions = corruptions();
    for (Map.Entry<String, UnaryOperator<Symposium>> corruption : corruptions.entrySet()) {
      long events = ReferenceEvents.all().stream()
          .filter(event -> !SymposiaValidation.validate(corruption.getValue().apply(event)).isEmpty()).count();
      assertThat(events).as(corruption.getKey()).isPositive();
    }
  }

  @Test
  void editionsOfOneSeriesOutOfOrderNameNoGeneratedClass() {
    Series series = Series.builder().name("Reference events").build();
    List<Symposium> editions = new ArrayList<>();
    int edition = 3;
    for (Symposium event : ReferenceEvents.all()) {
      editions.add(event.toBuilder().series(series).edition(Math.max(1, edition--)).build());
    }
    for (Locale locale : LOCALES) {
      List<Finding> findings = Finding.all(SymposiaValidation.validator(locale)
          .validate(dev.symposia.validation.Editions.of(editions)));
      assertThat(findings).isNotEmpty();
      findings.forEach(finding -> assertThat(finding.toString()).doesNotContain(GENERATED)
          .doesNotContain("REFERENCE"));
    }
  }

  @Test
  void noToStringOfTheReferenceEventsNamesAGeneratedClass() {
    int objects = 0;
    for (Symposium event : ReferenceEvents.all()) {
      for (Object value : ModelWalk.reachable(event)) {
        assertThat(value.toString()).as("%s", value.getClass().getSimpleName()).doesNotContain(GENERATED);
        objects++;
      }
    }
    assertThat(objects).isGreaterThan(500);
  }

  @Test
  void refusalsOfCoreAndOfTheJsonReaderNameNoGeneratedClass() {
    for (Symposium event : ReferenceEvents.all()) {
      Throwable dangling = catchThrowable(() -> event.toBuilder().addSessions(Session.builder().id("orphan")
          .kind(dev.symposia.event.SessionKind.OTHER).partOf(LocalId.of("nowhere")).build()).build());
      Throwable missing = catchThrowable(() -> Session.builder().id("untitled").build());
      Throwable nulled = catchThrowable(() -> event.toBuilder().addSpeakers((Speaker) null));
      for (Throwable refusal : List.of(dangling, missing, nulled)) {
        assertThat(refusal).isInstanceOf(InvalidModelException.class);
        assertThat(refusal.getClass().getPackageName()).isEqualTo("dev.symposia");
        assertThat(refusal.getMessage()).doesNotContain(GENERATED);
      }

      String json = SymposiaJson.standard().write(event);
      for (String broken : List.of(json.replaceFirst("\"id\"", "\"identifier\""),
          json.replaceFirst("\"partOf\": *\"[^\"]*\"", "\"partOf\": \"nowhere\""),
          json.replaceFirst("\"title\"", "\"titel\""), json.substring(0, json.length() / 2))) {
        if (broken.equals(json)) {
          continue;   // The event has no such property.
        }
        Throwable thrown = catchThrowable(() -> SymposiaJson.standard().readSymposium(broken));
        assertThat(thrown).isInstanceOf(SymposiaJsonException.class);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
          assertThat(cause.getMessage()).doesNotContain(GENERATED);
          assertThat(cause.getClass().getName()).doesNotContain(".internal.");
        }
      }
    }
  }

  private static Set<String> words(Pattern word, String message) {
    Set<String> words = new TreeSet<>();
    Matcher matcher = word.matcher(message);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
