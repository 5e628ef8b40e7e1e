package dev.symposia.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.NoteKind;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.testing.ModelWalk;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.time.DayOfWeek;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How values of the model read in each language: words for every enum value, statistics, plans, texts. */
class WordingTest {
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{3,}");

  private static Properties words(String resource) throws IOException {
    Properties words = new Properties();
    try (Reader in = new InputStreamReader(Language.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      words.load(in);
    }
    return words;
  }

  @Test
  void findsTheEnumsOfTheModel() throws Exception {
    assertThat(ModelWalk.modelEnums()).contains(Measure.class, SessionKind.class, AttendanceMode.class, EventStatus.class,
        InstitutionKind.class, dev.symposia.event.ParticipantRole.class, dev.symposia.event.InstitutionRole.class);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyValueOfEveryEnumOfTheModelHasAWordInEveryLanguage(Language language) throws Exception {
    for (Class<?> type : ModelWalk.modelEnums()) {
      for (Object constant : type.getEnumConstants()) {
        String word = Wording.of(constant, language);
        assertThat(word).as("%s.%s in %s", type.getSimpleName(), constant, language).isNotBlank()
            .doesNotContain(((Enum<?>) constant).name());
        if (language == Language.ENGLISH) {
          assertThat(CONSTANT.matcher(word).find()).as("%s.%s: %s", type.getSimpleName(), constant, word).isFalse();
        } else {
          assertThat(LATIN.matcher(word).find()).as("%s.%s: %s", type.getSimpleName(), constant, word).isFalse();
          assertThat(HAN.matcher(word).find()).as("%s.%s: %s", type.getSimpleName(), constant, word).isTrue();
        }
      }
    }
  }

  @Test
  void simplifiedAndTraditionalChineseHaveTheSameWordsAndDiffer() throws IOException {
    Properties simplified = words("words_zh_Hans.properties");
    Properties traditional = words("words_zh_Hant.properties");

    assertThat(traditional.stringPropertyNames()).isEqualTo(simplified.stringPropertyNames());
    // Enum words come in every language; English adds its singulars and plurals, Chinese its measure words.
    Set<String> english = words("words.properties").stringPropertyNames();
    Set<String> shared = simplified.stringPropertyNames().stream().filter(k -> !k.endsWith(".classifier"))
        .collect(Collectors.toSet());
    assertThat(english).containsAll(shared);
    long different = simplified.stringPropertyNames().stream()
        .filter(k -> !simplified.getProperty(k).equals(traditional.getProperty(k))).count();
    assertThat(different).as("words that Traditional Chinese writes otherwise").isGreaterThan(80);
  }

  private static Statistic.Builder statistic(Measure measure, String count) {
    return Statistic.builder().measure(measure).count(Count.parse(count));
  }

  private static void assertWords(Object value, String english, String simplified, String traditional) {
    assertThat(Wording.of(value, Language.ENGLISH)).isEqualTo(english);
    assertThat(Wording.of(value, Language.SIMPLIFIED_CHINESE)).isEqualTo(simplified);
    assertThat(Wording.of(value, Language.TRADITIONAL_CHINESE)).isEqualTo(traditional);
  }

  @Test
  void statisticsReadAsACountOfWhatIsCounted() {
    assertWords(statistic(Measure.SESSIONS, "68").build(), "68 sessions", "场次 68 场", "場次 68 場");
    assertWords(statistic(Measure.SESSIONS, "1").build(), "1 session", "场次 1 场", "場次 1 場");
    assertWords(statistic(Measure.SESSIONS, "at least 1").build(), "at least 1 session", "场次至少 1 场", "場次至少 1 場");
    assertWords(statistic(Measure.SESSIONS, "0").build(), "0 sessions", "场次 0 场", "場次 0 場");
    assertWords(statistic(Measure.SESSIONS, "61").mode(AttendanceMode.ONLINE).build(), "61 online sessions",
        "线上场次 61 场", "線上場次 61 場");
    assertWords(statistic(Measure.SESSIONS, "2").sessionKind(SessionKind.FORUM).build(), "2 forums", "论坛 2 场",
        "論壇 2 場");
    assertWords(statistic(Measure.SESSIONS, "1").sessionKind(SessionKind.OPENING_CEREMONY)
        .mode(AttendanceMode.HYBRID).build(), "1 hybrid opening ceremony", "混合式开幕式 1 场", "混合式開幕典禮 1 場");
    assertWords(statistic(Measure.EXPERTS, "more than 200").addCountries(CountryCode.of("CN")).build(),
        "more than 200 experts from CN", "来自 CN 的专家超过 200 名", "來自 CN 的專家超過 200 名");
    assertWords(statistic(Measure.SPEAKERS, "at least 12").sessionKind(SessionKind.SUB_FORUM).build(),
        "at least 12 speakers in sub-forums", "分论坛中的发言人至少 12 位", "分論壇中的講者至少 12 位");
    assertWords(statistic(Measure.VISITORS, "about 100000").mode(AttendanceMode.ONLINE).build(),
        "about 100000 online visitors", "线上访问约 100000 人次", "線上造訪約 100000 人次");
    assertWords(statistic(Measure.ABSTRACTS, "unknown").build(), "an unknown number of abstracts",
        "摘要（数量不详）", "摘要（數量不詳）");
    assertWords(statistic(Measure.PROJECTS, "9").addCountries(CountryCode.of("CN"), CountryCode.of("SG"),
        CountryCode.of("US"), CountryCode.of("GB")).build(), "9 projects from CN, SG, US and 1 more",
        "来自 CN、SG、US 等 4 项的项目 9 个", "來自 CN、SG、US 等 4 項的計畫 9 項");
  }

  @Test
  void whatElseNarrowsAStatisticFollowsIt() {
    Statistic experts = statistic(Measure.EXPERTS, "20")
        .addInstitutionKinds(InstitutionKind.UNIVERSITY, InstitutionKind.HOSPITAL)
        .addTopics(LocalizedText.of("en", "oncology").with("zh-Hans", "肿瘤学").with("zh-Hant", "腫瘤學"))
        .description(LocalizedText.of("zh-Hans", "高水平专家")).build();

    assertWords(experts, "20 experts (kinds of institution: university, hospital; topics: oncology; \"高水平专家\")",
        "专家 20 名（机构类别：大学、医院；主题：肿瘤学；“高水平专家”）",
        "專家 20 名（機構類別：大學、醫院；主題：腫瘤學；「高水平专家」）");
  }

  @Test
  void countsReadAsTheirPrecisionAndNumber() {
    assertWords(Count.parse("68"), "68", "68", "68");
    assertWords(Count.parse("at least 68"), "at least 68", "至少 68", "至少 68");
    assertWords(Count.parse("about 68"), "about 68", "约 68", "約 68");
    assertWords(Count.parse("unknown"), "unknown", "不详", "不詳");
  }

  @Test
  void earlierPlansReadAsTheirDatesPlacesModeAndChange() {
    EarlierPlan plan = EarlierPlan.builder().dates(DateSpan.parse("2022-03-08/2022-03-10"))
        .addPlaces(Place.builder().city(LocalizedText.of("en", "Kyoto").with("zh-Hans", "京都"))
            .country(CountryCode.of("JP")).build())
        .mode(AttendanceMode.IN_PERSON).change(EventStatus.POSTPONED).build();
    assertWords(plan, "2022-03-08/2022-03-10, Kyoto, JP, in person, postponed", "2022-03-08/2022-03-10，京都，JP，线下，延期",
        "2022-03-08/2022-03-10，京都，JP，實體，延期");

    EarlierSessionPlan session = EarlierSessionPlan.builder().date(PartialDate.parse("2022-03-09"))
        .time(TimeSlot.parse("afternoon")).mode(AttendanceMode.ONLINE).build();
    assertWords(session, "2022-03-09 afternoon, online", "2022-03-09 下午，线上", "2022-03-09 下午，線上");

    EarlierPlan described = EarlierPlan.builder().description("planned for the spring, before the city closed")
        .build();
    assertWords(described, "\"planned for the spring, before the city closed\"",
        "“planned for the spring, before the city closed”", "「planned for the spring, before the city closed」");
  }

  @Test
  void placesMarkTheMainVenue() {
    Place hall = Place.builder().room("Hall A").venue(LocalizedText.of("zh-Hans", "国际会议中心"))
        .isMainVenue(true).build();
    assertWords(hall, "Hall A, 国际会议中心 (main venue)", "Hall A，国际会议中心（主会场）", "Hall A，国际会议中心（主會場）");
  }

  @Test
  void textsOfTheRecordAreGivenInTheLanguageWhenTheRecordHasIt() {
    LocalizedText all = LocalizedText.of("zh-Hans", "上海").with("en", "Shanghai").with("zh-Hant", "上海市");
    assertWords(all, "Shanghai", "上海", "上海市");

    LocalizedText regional = LocalizedText.of("en", "Hong Kong").with("zh-HK", "香港").with("zh-CN", "香港特区");
    assertWords(regional, "Hong Kong", "香港特区", "香港");

    LocalizedText simplifiedOnly = LocalizedText.of("en", "Chongqing").with("zh", "重庆");
    assertWords(simplifiedOnly, "Chongqing", "重庆", "重庆");

    LocalizedText englishOnly = LocalizedText.of("Northfield Medical University");
    assertWords(englishOnly, "Northfield Medical University", "Northfield Medical University",
        "Northfield Medical University");

    LocalizedText other = LocalizedText.of("fr", "Université de Montréal");
    assertWords(other, "Université de Montréal", "Université de Montréal", "Université de Montréal");
  }

  @Test
  void valuesThatReadTheSameInEveryLanguageAreNotWorded() {
    assertThat(Wording.isWorded(dev.symposia.identifier.LocalId.of("opening"))).isFalse();
    assertThat(Wording.isWorded(PartialDate.parse("2022-11-22"))).isFalse();
    assertThat(Wording.isWorded(3)).isFalse();
    assertThat(Wording.isWorded(Optional.empty())).isFalse();
    assertThat(Wording.isWorded(Measure.SESSIONS)).isTrue();
    assertThat(Wording.isWorded(LocalizedText.of("x"))).isTrue();
    assertThat(Wording.of(PartialDate.parse("2022-11-22"), Language.SIMPLIFIED_CHINESE)).isEqualTo("2022-11-22");
    assertThat(Wording.of(null, Language.ENGLISH)).isEqualTo("null");
  }

  @Test
  void everyKindOfWordedValueIsWorded() {
    assertThat(Wording.isWorded(Count.parse("about 5"))).isTrue();
    assertThat(Wording.isWorded(EarlierPlan.of(DateSpan.parse("2031-05")))).isTrue();
    assertThat(Wording.isWorded(EarlierSessionPlan.of(PartialDate.parse("2031-05-06")))).isTrue();
    assertThat(Wording.isWorded(Place.builder().country(CountryCode.of("JP")).build())).isTrue();
    assertThat(Wording.isWorded(TimeSlot.parse("09:00/10:00"))).isTrue();
    assertThat(Wording.isWorded(statistic(Measure.SESSIONS, "3").build())).isTrue();
    // The one enum of the model outside its subpackages, and an enum that is not the model's.
    assertThat(Wording.isWorded(NoteKind.INFERRED)).isTrue();
    assertThat(Wording.isWorded(DayOfWeek.MONDAY)).isFalse();
    assertWords(NoteKind.INFERRED, "inferred by the editor", "编者推断", "編者推斷");
    assertWords(DayOfWeek.MONDAY, "MONDAY", "MONDAY", "MONDAY");
  }

  @Test
  void timeSlotsReadAsTheirPartOfTheDayOrTheirClockTimes() {
    assertWords(TimeSlot.parse("afternoon"), "afternoon", "下午", "下午");
    assertWords(TimeSlot.parse("14:00/15:30"), "14:00/15:30", "14:00/15:30", "14:00/15:30");
  }

  @Test
  void earlierSessionPlansJoinTheirDateAndTimeWithASpaceOnlyWhenBothAreGiven() {
    assertWords(EarlierSessionPlan.builder().time(TimeSlot.parse("evening")).build(), "evening", "晚上", "晚上");
    assertWords(EarlierSessionPlan.builder().date(PartialDate.parse("2031-05-06")).build(), "2031-05-06",
        "2031-05-06", "2031-05-06");
  }

  @Test
  void aPlanIsDescribedInWordsOnlyWhenItStatesNothingElse() {
    EarlierPlan plan = EarlierPlan.builder().dates(DateSpan.parse("2031-05")).description("moved for the holiday")
        .build();
    assertWords(plan, "2031-05", "2031-05", "2031-05");
  }

  @Test
  void placesNameEveryPartFromTheRoomToTheCountry() {
    Place place = Place.builder().room("Room 3").building(LocalizedText.of("Building B"))
        .venue(LocalizedText.of("Harbour Hall")).institution(dev.symposia.identifier.LocalId.of("northfield"))
        .district(LocalizedText.of("Old Town")).city(LocalizedText.of("en", "Eastport").with("zh-Hans", "东港"))
        .region(LocalizedText.of("Lakeshire")).country(CountryCode.of("GB")).build();
    assertWords(place, "Room 3, Building B, Harbour Hall, @northfield, Old Town, Eastport, Lakeshire, GB",
        "Room 3，Building B，Harbour Hall，@northfield，Old Town，东港，Lakeshire，GB",
        "Room 3，Building B，Harbour Hall，@northfield，Old Town，东港，Lakeshire，GB");
  }

  @Test
  void aStatisticNamesTheGroupItSharesWithAnother() {
    assertWords(statistic(Measure.COUNTRIES, "12").sameGroupAs("experts").build(),
        "12 countries or regions (the same group as experts)", "国家和地区 12 个（与 experts 为同一群体）",
        "國家及地區 12 個（與 experts 為同一群體）");
  }

  @Test
  void listsOfThreeAreShownWholeAndLongerOnesCut() {
    Statistic three = statistic(Measure.EXPERTS, "9").addCountries(CountryCode.of("CN"), CountryCode.of("SG"),
        CountryCode.of("US")).build();
    assertWords(three, "9 experts from CN, SG, US", "来自 CN、SG、US 的专家 9 名", "來自 CN、SG、US 的專家 9 名");
  }

  @Test
  void quotationsOfUpToSixtyCharactersAreShownWhole() {
    String sixty = "x".repeat(60);
    assertThat(Wording.of(statistic(Measure.EXPERTS, "3").description(sixty).build(), Language.ENGLISH))
        .isEqualTo("3 experts (\"" + sixty + "\")");
    // Counted in code points: a character outside the basic plane is one.
    String sixtyWide = "\uD835\uDC9C".repeat(60);
    assertThat(Wording.of(statistic(Measure.EXPERTS, "3").description(sixtyWide).build(), Language.ENGLISH))
        .isEqualTo("3 experts (\"" + sixtyWide + "\")");
    assertThat(Wording.of(statistic(Measure.EXPERTS, "3").description(sixty + "y").build(), Language.ENGLISH))
        .isEqualTo("3 experts (\"" + "x".repeat(57) + "...\")");
  }

  @Test
  void amongTextsOfOneLanguageTheFirstIsGiven() {
    assertWords(LocalizedText.of("en", "Eastport").with("en-GB", "Eastport Town").with("zh-CN", "东港")
        .with("zh-SG", "东港市").with("zh-TW", "東港").with("zh-MO", "東港市"), "Eastport", "东港", "東港");
  }

  @Test
  void taiwanAndMacaoWriteTraditionalChinese() {
    assertWords(LocalizedText.of("en", "Eastport").with("zh-TW", "東港").with("zh-CN", "东港"), "Eastport", "东港",
        "東港");
    assertWords(LocalizedText.of("en", "Eastport").with("zh-MO", "東港").with("zh-CN", "东港"), "Eastport", "东港",
        "東港");
    assertWords(LocalizedText.of("en", "Eastport").with("zh-CN", "东港").with("zh-MO", "東港"), "Eastport", "东港",
        "東港");
  }

  @Test
  void templatesTakeNumberedArgumentsAsTheyAre() {
    assertThat(Language.ENGLISH.word("statistic.from", "{1}", "it's")).isEqualTo("{1} from it's");
    assertThat(Language.ENGLISH.word("list.more", "a", 2, 5)).isEqualTo("a and 2 more");
    assertThat(Language.SIMPLIFIED_CHINESE.word("list.more", "a", 2, 5)).isEqualTo("a 等 5 项");
  }

  @Test
  void aPlaceholderWithoutItsArgumentIsKeptAsWritten() {
    assertThat(Language.ENGLISH.word("list.more", "a")).isEqualTo("a and {1} more");
    assertThat(Language.SIMPLIFIED_CHINESE.word("list.more", "a")).isEqualTo("a 等{2}项");
    assertThat(Language.ENGLISH.word("statistic.mode")).isEqualTo("{0} {1}");
  }

  @Test
  void anEmptyArgumentLeavesNoSpaceBehind() {
    // Measures without a measure word in Chinese give an empty {1}; the number then ends the text.
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.count.EXACT", 20, "", "专家")).isEqualTo("专家 20");
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.count.EXACT", "", "", "专家")).isEqualTo("专家");
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.count.AT_LEAST", "", "名", "")).isEqualTo("至少名");
  }

  @Test
  void onlyLatinLettersAndDigitsAreSetApartFromChinese() {
    // Punctuation, spaces and letters of other scripts meet Chinese characters without a space.
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.sameGroupAs", "-x")).isEqualTo("与-x 为同一群体");
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.sameGroupAs", "x-")).isEqualTo("与 x-为同一群体");
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.sameGroupAs", " x ")).isEqualTo("与 x 为同一群体");
    assertThat(Language.SIMPLIFIED_CHINESE.word("statistic.sameGroupAs", "épé")).isEqualTo("与épé为同一群体");
    assertThat(Language.TRADITIONAL_CHINESE.word("statistic.sameGroupAs", "Ωmega7")).isEqualTo("與Ωmega7 為同一群體");
  }

  @Test
  void aKeyWithoutAWordIsRefusedNamingTheKeyAndTheResource() {
    assertThat(Language.ENGLISH.has("Measure.SESSIONS.one")).isTrue();
    assertThat(Language.SIMPLIFIED_CHINESE.has("Measure.SESSIONS.one")).isFalse();
    assertThatThrownBy(() -> Language.SIMPLIFIED_CHINESE.word("Measure.SESSIONS.one"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessage("No word for Measure.SESSIONS.one in words_zh_Hans.properties")
        .satisfies(e -> {
          assertThat(((MissingResourceException) e).getKey()).isEqualTo("Measure.SESSIONS.one");
          assertThat(((MissingResourceException) e).getClassName()).isEqualTo("words_zh_Hans.properties");
        });
  }

  @Test
  void eachLanguageHasItsLocaleAndSuffix() {
    assertThat(Language.ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Language.SIMPLIFIED_CHINESE.locale()).isEqualTo(Locale.forLanguageTag("zh-Hans"));
    assertThat(Language.TRADITIONAL_CHINESE.locale()).isEqualTo(Locale.forLanguageTag("zh-Hant"));
    assertThat(Language.TRANSLATIONS).extracting(Language::suffix).containsExactly("_zh_Hans", "_zh_Hant");
    assertThat(Language.ENGLISH.suffix()).isEmpty();
  }
}
