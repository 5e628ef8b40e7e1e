package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.speaker;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.presentation.Abstract;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.testing.ModelWalk;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.validation.constraints.CountryCodeFormat;
import dev.symposia.validation.constraints.DoiFormat;
import dev.symposia.validation.constraints.IsniFormat;
import dev.symposia.validation.constraints.LocalIdFormat;
import dev.symposia.validation.constraints.OrcidFormat;
import dev.symposia.validation.constraints.RorIdFormat;
import dev.symposia.validation.constraints.WikidataIdFormat;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real findings of every rule, rendered in every Chinese locale: wholly Chinese, with no enum constant and no
 * English word but those the record itself states (identifiers, names, codes) and the names of identifier
 * schemes (ORCID iD, ISNI, ROR, ISO, ASCII). English findings name enum values in words too.
 *
 * <p>The models are made to break every rule at once, with statistics, modes and plans that use many enum
 * values; the test checks that every rule and every constraint was found, so that it covers every message.
 */
class TranslatedFindingsTest {
  private static final List<String> SIMPLIFIED = List.of("zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN");
  private static final List<String> TRADITIONAL = List.of("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW");
  /** The Latin words a Chinese message may have besides the record's: the schemes of identifiers. */
  private static final Set<String> SCHEMES = Set.of("ORCID", "iD", "ISNI", "ROR", "ISO", "ASCII", "DOI");
  /** And the examples the format constraints give: https://ror.org/013meh722, 0000 0001 2283 635X, Q42, CN. */
  private static final Set<String> EXAMPLES = Set.of("https", "ror", "org", "meh", "X", "Q", "CN");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern CONSTANT_LIKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

  private static Set<String> enumConstants;

  @BeforeAll
  static void findEnumConstants() throws Exception {
    enumConstants = new HashSet<>();
    for (Class<?> type : ModelWalk.modelEnums()) {
      for (Object constant : type.getEnumConstants()) {
        enumConstants.add(((Enum<?>) constant).name());
      }
    }
  }

  private static LocalizedText text(String english, String simplified, String traditional) {
    return LocalizedText.of("en", english).with("zh-Hans", simplified).with("zh-Hant", traditional);
  }

  private static Statistic.Builder statistic(Measure measure, long count) {
    return Statistic.builder().measure(measure).count(Count.exactly(count));
  }

  /** One symposium that breaks every rule that reads a single symposium. */
  static Symposium everythingWrong() {
    Place hall = Place.builder().room(text("Hall A", "甲厅", "甲廳")).city(text("Chongqing", "重庆", "重慶"))
        .country(CountryCode.of("CN")).build();
    EarlierSessionPlan morning = EarlierSessionPlan.builder().date(PartialDate.parse("2022-11-22"))
        .time(TimeSlot.parse("morning")).mode(AttendanceMode.HYBRID).change(EventStatus.RESCHEDULED).build();
    return symposium()
        .mode(AttendanceMode.IN_PERSON).status(EventStatus.MOVED_ONLINE).addPlaces(hall)
        .addPlannedBefore(EarlierPlan.builder().dates(DateSpan.parse("2022-11-22/2022-11-24"))
            .mode(AttendanceMode.IN_PERSON).addPlaces(hall).change(EventStatus.POSTPONED).build())
        .series(Series.builder().name(text("Test series", "测试系列会议", "測試系列會議")).firstYear(Year.of(2023)).build())
        .edition(1)
        .addRelatedEvents(RelatedEvent.builder().relation(EventRelation.NEXT_EDITION)
            .dates(DateSpan.parse("2021-05-01")).build())
        .addInstitutions(
            Institution.builder().id("x").name(text("Institute X", "甲研究所", "甲研究所")).kind(InstitutionKind.OTHER)
                .parent(of("y")).isni(Isni.parse("0000000218250097")).build(),
            Institution.builder().id("y").name(text("Institute Y", "乙研究所", "乙研究所")).kind(InstitutionKind.OTHER)
                .parent(of("x")).build(),
            Institution.builder().id("branch").name(text("Branch", "分院", "分院")).kind(InstitutionKind.HOSPITAL)
                .country(CountryCode.of("SG")).parent(of("nmu")).build(),
            // A fictional company, which sponsors the symposium it also accredits.
            Institution.builder().id("meridian").name(text("Meridian Pharma (fictional)", "子午制药（虚构）",
                "子午製藥（虛構）")).kind(InstitutionKind.COMPANY).build())
        .addAccreditations(Accreditation.builder().accreditor(of("meridian")).build())
        .addCommercialSupport(CommercialSupport.builder().company(of("meridian"))
            .kind(SupportKind.EDUCATIONAL_GRANT).build())
        .addSpeakers(
            // Zhao's position at the party ended before the signing; Qian's at theirs is not stated.
            Speaker.builder().id("zhao").name(PersonName.familyFirst("Zhao", "Yi"))
                .orcid(Orcid.parse("5000-0000-0000-0006"))
                .addPositions(Position.builder().title("Dean").institution(of("nmu"))
                    .until(PartialDate.ofYear(2021)).build()).build(),
            Speaker.builder().id("qian").name(PersonName.familyFirst("Qian", "Er"))
                .orcid(Orcid.parse("0000-0002-1825-0097")).build(),
            Speaker.builder().id("sun").name(PersonName.familyFirst("Sun", "San"))
                .orcid(Orcid.parse("0000-0002-1825-0097")).build())
        .addSessions(
            // Two credits for an hour; Wang has no disclosure; two abstracts numbered P-1.
            session("a", "2022-11-22", "09:00/10:00").kind(SessionKind.FORUM).addPlaces(hall)
                .addParticipants(speaker("wang")).partOf(of("b"))
                .addAccreditations(Accreditation.builder().addCredits(Credit.builder().kind(CreditKind.NATIONAL)
                    .amount("2").build()).build())
                .addAbstracts(Abstract.builder().number("P-1").title("One").build(),
                    Abstract.builder().number("P-1").title("Two").build()).build(),
            session("b", "2022-11-23", "09:00/10:00").kind(SessionKind.FORUM).partOf(of("a")).build(),
            session("c", "2022-11-22", "09:30/10:30").kind(SessionKind.WORKSHOP).addPlaces(hall)
                .addParticipants(speaker("wang")).addPlannedBefore(morning, morning).build(),
            session("d", "2022-11-25", null).kind(SessionKind.SIGNING_CEREMONY).status(EventStatus.MOVED_ONLINE)
                .mode(AttendanceMode.HYBRID).build())
        .addAgreements(CooperationAgreement.builder().id("mou").addParties(of("nmu"), of("esu"))
            .addSignatories(Signatory.of(of("zhao"), of("nmu")), Signatory.of(of("qian"), of("esu"))).signedAt(of("d"))
            .signedOn(PartialDate.parse("2022-11-24")).build())
        .addStatistics(
            statistic(Measure.SESSIONS, 3).build(),
            statistic(Measure.SESSIONS, 4).mode(AttendanceMode.ONLINE).build(),
            statistic(Measure.SESSIONS, 1).sessionKind(SessionKind.FORUM).build(),
            statistic(Measure.EXPERTS, 10).build(),
            Statistic.builder().measure(Measure.EXPERTS).count(Count.parse("more than 20"))
                .addCountries(CountryCode.of("CN"), CountryCode.of("SG"), CountryCode.of("US"), CountryCode.of("GB"))
                .addInstitutionKinds(InstitutionKind.UNIVERSITY, InstitutionKind.HOSPITAL)
                .addTopics(text("oncology", "肿瘤学", "腫瘤學")).build(),
            Statistic.builder().measure(Measure.SPEAKERS).count(Count.exactly(0)).build(),
            Statistic.builder().measure(Measure.SPEAKERS).count(Count.parse("at least 1"))
                .sessionKind(SessionKind.WORKSHOP).build(),
            Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.exactly(100)).build(),
            Statistic.builder().measure(Measure.ABSTRACTS).count(Count.exactly(10))
                .share(Share.parse("50%"), "abstracts").build(),
            Statistic.builder().measure(Measure.COUNTRIES).count(Count.exactly(3)).sameGroupAs("abstracts").build())
        .build();
  }

  /**
   * Three editions of one series: the second held before the first, the third repeating the second; and a
   * fourth whose series is spelled otherwise, with no identifier to say whether it is the same.
   */
  static List<Symposium> editionsWrong() {
    Series series = Series.builder().name(text("Test series", "测试系列会议", "測試系列會議")).build();
    Series spelledOtherwise = Series.builder().name(text("Test Series", "测试系列会议", "測試系列會議")).build();
    return List.of(
        symposium().id("first").series(series).edition(1).dates(DateSpan.parse("2023-05-01")).build(),
        symposium().id("second").series(series).edition(2).dates(DateSpan.parse("2022-05-01")).build(),
        symposium().id("again").series(series).edition(2).dates(DateSpan.parse("2024-05-01")).build(),
        symposium().id("renamed").series(spelledOtherwise).dates(DateSpan.parse("2025-05-01")).build());
  }

  /** An application's own form, with the format constraints on its text fields. */
  record Form(@OrcidFormat String orcid, @OrcidFormat(assignedRangeOnly = true) String assigned,
      @RorIdFormat String ror, @IsniFormat String isni, @WikidataIdFormat String wikidata,
      @CountryCodeFormat String country, @LocalIdFormat String id, @DoiFormat String doi) {}

  static Form formWrong() {
    return new Form("0000", "5000-0000-0000-0006", "ror", "isni", "P31", "XX", "-", "10.5555");
  }

  /** Every finding of the three wrong models, with a validator of the module for the locale. */
  // Errors and warnings both: an application's own validator reports errors alone unless asked for warnings.
  private static List<Finding> findings(Validator validator) {
    Class<?>[] both = {jakarta.validation.groups.Default.class, Warnings.class};
    List<ConstraintViolation<?>> violations = new ArrayList<>(validator.validate(everythingWrong(), both));
    violations.addAll(validator.validate(Editions.of(editionsWrong()), both));
    violations.addAll(validator.validate(formWrong(), both));
    return Finding.all(violations);
  }

  private static Set<String> recordWords() {
    Set<String> words = new TreeSet<>(ModelWalk.recordWords(everythingWrong()));
    // Abstract numbers are the record's too, but plain strings, which ModelWalk does not collect.
    for (var session : everythingWrong().sessions()) {
      session.abstracts().forEach(paper -> paper.number().ifPresent(number -> words.addAll(latinWords(number))));
    }
    editionsWrong().forEach(symposium -> words.addAll(ModelWalk.recordWords(symposium)));
    return words;
  }

  @Test
  void theWrongModelsBreakEveryRuleAndEveryConstraint() {
    List<Finding> findings = findings(SymposiaValidation.validator(Locale.ENGLISH));

    assertThat(findings.stream().map(Finding::code).collect(Collectors.toSet()))
        .containsAll(java.util.Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-TW", "zh-HK", "zh-MO", "zh-Hant",
    "zh-Hant-TW"})
  void everyMessageIsWhollyChinese(String tag) {
    Set<String> allowed = new TreeSet<>(recordWords());
    allowed.addAll(SCHEMES);
    allowed.addAll(EXAMPLES);
    List<Finding> findings = findings(SymposiaValidation.validator(Locale.forLanguageTag(tag)));

    assertThat(findings).hasSizeGreaterThan(Rule.values().length);
    for (Finding finding : findings) {
      String message = finding.message();
      assertThat(message).as(finding.toString()).containsPattern("\\p{IsHan}");
      assertThat(constants(message)).as(finding.toString()).isEmpty();
      Set<String> english = latinWords(message);
      english.removeAll(allowed);
      assertThat(english).as("English in %s", finding).isEmpty();
    }
  }

  @Test
  void simplifiedLocalesShareTheirMessagesAndTraditionalOnesTheirs() {
    Function<String, List<String>> messages = tag -> findings(SymposiaValidation.validator(Locale.forLanguageTag(tag)))
        .stream().map(Finding::message).collect(Collectors.toList());
    List<String> simplified = messages.apply("zh-CN");
    List<String> traditional = messages.apply("zh-TW");
    SIMPLIFIED.forEach(tag -> assertThat(messages.apply(tag)).as(tag).isEqualTo(simplified));
    TRADITIONAL.forEach(tag -> assertThat(messages.apply(tag)).as(tag).isEqualTo(traditional));
    for (int i = 0; i < simplified.size(); i++) {
      assertThat(traditional.get(i)).isNotEqualTo(simplified.get(i));
    }
  }

  @Test
  void englishMessagesNameEnumValuesInWords() {
    for (Finding finding : findings(SymposiaValidation.validator(Locale.ENGLISH))) {
      assertThat(constants(finding.message())).as(finding.toString()).isEmpty();
      assertThat(finding.message()).as(finding.toString()).doesNotContainPattern("\\p{IsHan}");
    }
  }

  @Test
  void anApplicationsOwnValidatorWithExpressionLanguageGivesTheSameMessages() {
    for (String tag : List.of("en", "zh-CN", "zh-TW")) {
      Locale locale = Locale.forLanguageTag(tag);
      HibernateValidatorConfiguration configuration = Validation.byProvider(
          org.hibernate.validator.HibernateValidator.class).configure();
      Validator own = SymposiaValidation.configure(configuration.defaultLocale(locale))
          .buildValidatorFactory().getValidator();

      assertThat(findings(own)).as(tag).isEqualTo(findings(SymposiaValidation.validator(locale)));
    }
  }

  @Test
  void theMessagesReadAsTheyShould() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("statistics[0]", "the statistic 3 sessions is fewer than the 4 the record lists");
    expected.put("statistics[1]", "the statistic 4 online sessions is more than the stated total 3 sessions");
    expected.put("mode", "test was moved online, but its attendance mode is in person");
    expected.put("plannedBefore[0]", "test lists the earlier plan 2022-11-22/2022-11-24, Hall A, Chongqing, CN, "
        + "in person, postponed, which states the same dates, times, places and mode as what replaced it");
    assertMessages(Locale.ENGLISH, expected);

    expected.put("statistics[0]", "统计数“场次 3 场”少于记录中列出的 4 项");
    expected.put("statistics[1]", "统计数“线上场次 4 场”超过所述总数“场次 3 场”");
    expected.put("mode", "test 已改为线上举办，但其参会形式为线下");
    expected.put("plannedBefore[0]", "test 列出的先前安排“2022-11-22/2022-11-24，甲厅，重庆，CN，线下，延期”与取代它的安排"
        + "在日期、时间、地点和参会形式上完全相同");
    assertMessages(Locale.SIMPLIFIED_CHINESE, expected);

    expected.put("statistics[0]", "統計數「場次 3 場」少於紀錄中列出的 4 項");
    expected.put("statistics[1]", "統計數「線上場次 4 場」超過所述總數「場次 3 場」");
    expected.put("mode", "test 已改為線上舉行，但其與會形式為實體");
    expected.put("plannedBefore[0]", "test 列出的先前安排「2022-11-22/2022-11-24，甲廳，重慶，CN，實體，延期」與取代它的安排"
        + "在日期、時間、地點及與會形式上完全相同");
    assertMessages(Locale.TRADITIONAL_CHINESE, expected);
  }

  private static void assertMessages(Locale locale, Map<String, String> expected) {
    Map<String, List<String>> byPath = Finding.all(SymposiaValidation.validator(locale).validate(everythingWrong()))
        .stream().collect(Collectors.groupingBy(Finding::path, Collectors.mapping(Finding::message,
            Collectors.toList())));
    expected.forEach((path, message) -> assertThat(byPath.get(path)).as("%s in %s", path, locale).contains(message));
  }

  private static Set<String> latinWords(String message) {
    Set<String> words = new TreeSet<>();
    Matcher matcher = LATIN_WORD.matcher(message);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** The enum constants of the model, and anything written like one, in a message. */
  private static Set<String> constants(String message) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = CONSTANT_LIKE.matcher(message);
    while (matcher.find()) {
      if (!SCHEMES.contains(matcher.group())) {
        found.add(matcher.group());
      }
    }
    for (String word : latinWords(message.replace('_', 'x'))) {
      if (enumConstants.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }
}
