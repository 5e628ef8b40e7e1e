package dev.symposia.benchmarks;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Delivery;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes a synthetic programme of a given number of sessions, the same one every time for a given size.
 *
 * <pre>{@code
 * Symposium programme = ProgrammeGenerator.generate(10_000); // 10,000 sessions, 20,000 speakers
 * }</pre>
 *
 * <p>The programme has the proportions of the reference events scaled up: about two speakers per session
 * (each speaks once, and half the sessions have a chair who speaks in another session), one institution
 * per two sessions, one cooperation agreement per ten sessions, texts of realistic lengths, half of the
 * people with Chinese names (with their name in Chinese characters too) and half with Latin names, some
 * accented. It is clean for the validation module: every session lies within the symposium's five days,
 * nobody is in two sessions at once, no room holds two sessions at once (each room has one session per
 * time slot), every signatory holds a current position at the party they sign for, parent institutions
 * are in the same country, hierarchies have no cycles, and the stated statistics agree with the lists.
 *
 * <p>Randomness comes from a {@link Random} seeded with the size, so that the same size always gives
 * the same programme, in any JVM.
 */
public final class ProgrammeGenerator {
  /** The sizes measured by the benchmarks. */
  public static final List<Integer> SIZES = List.of(100, 1_000, 10_000, 100_000);

  static final int DAYS = 5;
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 10);
  private static final LocalTime[][] SLOTS = {
    {LocalTime.of(8, 30), LocalTime.of(10, 0)},
    {LocalTime.of(10, 30), LocalTime.of(12, 0)},
    {LocalTime.of(13, 30), LocalTime.of(15, 0)},
    {LocalTime.of(15, 30), LocalTime.of(17, 0)},
  };
  /** Time positions in the whole programme: each room holds one session at each. */
  static final int TIME_POSITIONS = DAYS * SLOTS.length;
  private static final int ROOMS_PER_BUILDING = 40;
  private static final long SEED_BASE = 0x5_1A0_5_1A_2025L;

  private static final String[] CHINESE_FAMILY = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Lin", "Gao", "Luo"};
  private static final String[] CHINESE_FAMILY_HANZI = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
  private static final String[] CHINESE_GIVEN = {
    "Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xia",
    "Ping", "Gang", "Hui", "Shengli", "Huabing", "Enmei", "Zhiqiang", "Xiaoming", "Yilong", "Jianping"};
  private static final String[] CHINESE_GIVEN_HANZI = {
    "伟", "芳", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "辉", "胜利", "华兵",
    "恩梅", "志强", "晓明", "一龙", "建平"};
  private static final String[] LATIN_GIVEN = {
    "Peter J.", "John I.", "Maria", "Anna", "James", "Sophie", "Lukas", "Élodie", "Søren", "Ingrid",
    "Giovanni", "Ana Lucía", "François", "Henrik", "Olga", "Rachel", "David", "Miguel Á.", "Astrid", "Thomas"};
  private static final String[] LATIN_FAMILY = {
    "Barnes", "Gallin", "Müller", "Schmidt", "Johansson", "García", "Dubois", "Rossi", "Nakamura",
    "O'Connor", "Van der Berg", "Kowalski", "Novák", "Peters", "Smith", "Andersson", "Fernández",
    "Björklund", "El-Naggar", "Lefèvre"};
  private static final String[] POSITION_TITLES = {
    "Professor of Medicine", "Director, Department of Cardiology", "Vice President", "Chief Physician",
    "Head of the Clinical Research Unit", "Associate Professor of Oncology", "Dean of the School of Public Health",
    "Principal Investigator", "Consultant Respiratory Physician", "Chair of the Ethics Committee"};
  private static final String[] TOPICS = {
    "tumour immunology", "chronic disease diagnosis and treatment", "new drug development", "COVID-19",
    "respiratory diseases", "metabolic diseases", "cardiovascular diseases", "precision oncology",
    "clinical trial design", "real-world evidence", "artificial intelligence in imaging", "rare diseases",
    "antimicrobial resistance", "maternal and child health", "health policy", "gene therapy"};
  private static final String[] TITLE_OPENINGS = {
    "New Advances in", "Frontiers of", "Clinical Practice in", "Translational Research on",
    "Challenges and Opportunities in", "Multidisciplinary Management of", "Evidence and Guidelines for",
    "Innovation and Integration in"};
  private static final String[] TITLE_SUBJECTS = {
    "Lung Cancer Screening", "Heart Failure with Preserved Ejection Fraction", "Type 2 Diabetes",
    "Chronic Obstructive Pulmonary Disease", "Immune Checkpoint Inhibitors", "Sepsis and Critical Care",
    "Alzheimer's Disease", "Hepatocellular Carcinoma", "Paediatric Asthma", "Stroke Rehabilitation",
    "Inflammatory Bowel Disease", "Antibody-Drug Conjugates"};
  private static final String[] TITLE_ENDINGS = {
    "", " - from Bench to Bedside", ": a Paradigm Change in Complex Chronic Disease Research",
    " in the Era of Precision Medicine", " and Real-World Evidence", " - Consensus and Controversies"};
  private static final String[] CHINESE_TITLES = {
    "肺癌筛查新进展", "心力衰竭的诊断与治疗", "2型糖尿病的综合管理", "慢性阻塞性肺疾病临床实践", "免疫检查点抑制剂研究前沿",
    "脓毒症与重症医学", "阿尔茨海默病转化研究", "肝细胞癌多学科诊疗"};
  private static final String[] SENTENCES = {
    "Speakers reviewed the latest evidence and discussed how it changes clinical practice.",
    "The session brought together clinicians, researchers and regulators from several countries.",
    "Participants compared guidelines and shared data from multicentre trials.",
    "The discussion focused on translating laboratory findings into treatments for patients.",
    "A panel of young investigators presented results from ongoing cohort studies."};
  private static final String[] CONTRIBUTIONS = {
    "Welcome speech", "Keynote lecture", "Results of a multicentre randomised trial",
    "Update on international guidelines", "Case studies from a tertiary hospital", "Video speech"};
  private static final String[] CITIES = {"Shanghai", "Beijing", "Guangzhou", "Chongqing", "Wuhan"};
  private static final String[] CITIES_HANZI = {"上海", "北京", "广州", "重庆", "武汉"};
  private static final String[][] FOREIGN = {
    {"US", "Boston"}, {"GB", "London"}, {"SG", "Singapore"}, {"DE", "Heidelberg"}, {"JP", "Tokyo"},
    {"FR", "Strasbourg"}, {"SE", "Stockholm"}, {"AU", "Melbourne"}};
  private static final String[] INSTITUTION_PATTERNS = {
    "%s University", "%s Medical University", "%s First People's Hospital", "%s Cancer Center",
    "%s Institute of Translational Medicine", "%s Children's Hospital", "%s Academy of Medical Sciences",
    "%s Centre for Disease Control"};
  private static final String[] INSTITUTION_PATTERNS_HANZI = {
    "%s大学", "%s医科大学", "%s市第一人民医院", "%s肿瘤中心", "%s转化医学研究院", "%s儿童医院", "%s医学科学院", "%s疾病预防控制中心"};
  private static final InstitutionKind[] INSTITUTION_KINDS = {
    InstitutionKind.UNIVERSITY, InstitutionKind.UNIVERSITY, InstitutionKind.HOSPITAL,
    InstitutionKind.RESEARCH_CENTRE, InstitutionKind.RESEARCH_CENTRE, InstitutionKind.HOSPITAL,
    InstitutionKind.ACADEMY, InstitutionKind.GOVERNMENT_BODY};
  private static final String[] UNIT_NAMES = {
    "School of Medicine", "Department of Cardiology", "Department of Respiratory Medicine",
    "School of Public Health", "Department of Oncology", "Clinical Research Unit"};
  private static final SessionKind[] KINDS = {
    SessionKind.PARALLEL, SessionKind.FORUM, SessionKind.PANEL, SessionKind.KEYNOTE, SessionKind.WORKSHOP,
    SessionKind.ORAL_ABSTRACTS, SessionKind.DIALOGUE, SessionKind.PLENARY};

  private final int sessionCount;
  private final int speakerCount;
  private final int institutionCount;
  private final Random random;
  // Speakers' identifiers hold their names, so they are recorded as the speakers are made, and sessions
  // and agreements, made later, look them up.
  private final List<LocalId> speakerIds = new ArrayList<>();

  private ProgrammeGenerator(int sessionCount) {
    if (sessionCount < TIME_POSITIONS || sessionCount % TIME_POSITIONS != 0) {
      throw new IllegalArgumentException("sessions must be a positive multiple of " + TIME_POSITIONS);
    }
    this.sessionCount = sessionCount;
    this.speakerCount = 2 * sessionCount;
    this.institutionCount = sessionCount / 2;
    this.random = new Random(SEED_BASE + sessionCount);
  }

  /**
   * Returns the programme with the given number of sessions.
   *
   * @param sessions the number of sessions, a positive multiple of 20
   * @return the programme; never null
   * @throws IllegalArgumentException if {@code sessions} is not a positive multiple of 20
   */
  public static Symposium generate(int sessions) {
    return new ProgrammeGenerator(sessions).symposium();
  }

  private Symposium symposium() {
    Symposium.Builder symposium = Symposium.builder()
        .id("synthetic-" + sessionCount)
        .title(LocalizedText.of("International Congress on Clinical and Translational Medicine")
            .with("zh-Hans", "国际临床与转化医学大会"))
        .shortTitle(LocalizedText.of("ICCTM 2025"))
        .series(Series.builder().name(LocalizedText.of("International Congress on Clinical and Translational Medicine"))
            .shortName("ICCTM").firstYear(Year.of(2010)).frequency(SeriesFrequency.ANNUAL)
            .editionsHeld(Count.exactly(16)).usualPlace(Place.city("Shanghai", CountryCode.of("CN"))).build())
        .edition(16)
        .theme(LocalizedText.of("Innovation, Integration, Development"))
        .addTopics("precision oncology", "chronic disease diagnosis and treatment", "health policy")
        .dates(DateSpan.between(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .status(EventStatus.HELD)
        .mode(AttendanceMode.HYBRID)
        .addPlaces(Place.builder().country(CountryCode.of("CN")).city("Shanghai")
            .venue("Shanghai International Convention Centre").isMainVenue(true).build());
    for (int k = 0; k < institutionCount; k++) {
      symposium.addInstitutions(institution(k));
    }
    symposium.addInstitutionRoles(InstitutionParticipation.of(institutionId(0), InstitutionRole.HOST));
    for (int k = 1; k < Math.min(institutionCount, 12); k++) {
      InstitutionRole role = k < 3 ? InstitutionRole.CO_HOST : k < 6 ? InstitutionRole.ORGANISER
          : k < 9 ? InstitutionRole.SPONSOR : InstitutionRole.SUPPORTER;
      symposium.addInstitutionRoles(InstitutionParticipation.of(institutionId(k), role));
    }
    for (int p = 0; p < speakerCount; p++) {
      Speaker speaker = speaker(p);
      speakerIds.add(speaker.id());
      symposium.addSpeakers(speaker);
    }
    for (int i = 0; i < sessionCount; i++) {
      symposium.addSessions(session(i));
    }
    for (int a = 0; a < sessionCount / 10; a++) {
      symposium.addAgreements(agreement(a));
    }
    symposium.addStatistics(Statistic.of(Measure.SESSIONS, Count.exactly(sessionCount)))
        .addStatistics(Statistic.of(Measure.SPEAKERS, Count.exactly(speakerCount)))
        .addStatistics(Statistic.of(Measure.PARTICIPANTS, Count.moreThan(10L * speakerCount)))
        .addStatistics(Statistic.of(Measure.COUNTRIES, Count.exactly(1 + FOREIGN.length)))
        .addStatistics(Statistic.of(Measure.INSTITUTIONS, Count.about(institutionCount)));
    return symposium.build();
  }

  // Institutions come in groups of five in one country and city: the first of a group is a university
  // or hospital, the four others are its units, so parents are always earlier and in the same country.
  private Institution institution(int k) {
    int group = k / 5;
    boolean chinese = group % 2 == 0;
    String country = chinese ? "CN" : FOREIGN[(group / 2) % FOREIGN.length][0];
    int cityIndex = (group / 2) % CITIES.length;
    String city = chinese ? CITIES[cityIndex] : FOREIGN[(group / 2) % FOREIGN.length][1];
    int pattern = random.nextInt(INSTITUTION_PATTERNS.length);
    String base = String.format(Locale.ROOT, INSTITUTION_PATTERNS[pattern], city);
    Institution.Builder institution = Institution.builder().id(institutionId(k)).country(CountryCode.of(country));
    if (k % 5 == 0) {
      LocalizedText name = LocalizedText.of(base + (group > 0 ? " " + (group + 1) : ""));
      if (chinese && random.nextInt(10) < 6) {
        name = name.with("zh-Hans", String.format(Locale.ROOT, INSTITUTION_PATTERNS_HANZI[pattern],
            CITIES_HANZI[cityIndex]) + (group > 0 ? "（" + group + "）" : ""));
      }
      institution.name(name).kind(INSTITUTION_KINDS[pattern]);
      if (random.nextInt(10) < 4) {
        institution.addShortNames(acronym(base) + (group > 0 ? "-" + group : ""));
      }
      if (random.nextInt(10) < 3) {
        institution.ror(ror(k));
      }
    } else {
      String unit = UNIT_NAMES[random.nextInt(UNIT_NAMES.length)];
      institution.name(LocalizedText.of(unit + ", " + base + " " + (group + 1) + " (" + k + ")"))
          .kind(unit.startsWith("School") ? InstitutionKind.SCHOOL : InstitutionKind.DEPARTMENT)
          .parent(institutionId(group * 5));
      if (random.nextInt(10) < 2) {
        institution.addFocusAreas(LocalizedText.of(TOPICS[random.nextInt(TOPICS.length)]));
      }
    }
    if (random.nextInt(10) < 5) {
      institution.city(LocalizedText.of(city));
    }
    return institution.build();
  }

  private Speaker speaker(int p) {
    boolean chinese = random.nextBoolean();
    Speaker.Builder speaker = Speaker.builder();
    String slug;
    if (chinese) {
      int family = random.nextInt(CHINESE_FAMILY.length);
      int given = random.nextInt(CHINESE_GIVEN.length);
      slug = CHINESE_FAMILY[family] + "-" + CHINESE_GIVEN[given];
      PersonName.Builder name = PersonName.builder().familyName(CHINESE_FAMILY[family])
          .givenName(CHINESE_GIVEN[given]).order(NameOrder.FAMILY_FIRST);
      if (random.nextInt(4) == 0) {
        name.asWritten(CHINESE_FAMILY[family].toUpperCase(Locale.ROOT) + " " + CHINESE_GIVEN[given]);
      }
      speaker.name(name.build()).addOtherNames(PersonName.builder().familyName(CHINESE_FAMILY_HANZI[family])
          .givenName(CHINESE_GIVEN_HANZI[given]).order(NameOrder.FAMILY_FIRST)
          .asWritten(CHINESE_FAMILY_HANZI[family] + CHINESE_GIVEN_HANZI[given])
          .language(Locale.forLanguageTag("zh-Hans")).build());
    } else {
      String given = LATIN_GIVEN[random.nextInt(LATIN_GIVEN.length)];
      String family = LATIN_FAMILY[random.nextInt(LATIN_FAMILY.length)];
      slug = ascii(given.split(" ")[0]) + "-" + ascii(family);
      speaker.name(PersonName.givenFirst(given, family));
    }
    speaker.id((slug + "-" + p).toLowerCase(Locale.ROOT));
    int honour = random.nextInt(10);
    if (honour < 1) {
      speaker.addHonorifics(Honorific.ACADEMICIAN, Honorific.PROFESSOR);
    } else if (honour < 5) {
      speaker.addHonorifics(Honorific.PROFESSOR);
    } else if (honour < 7) {
      speaker.addHonorifics(Honorific.DOCTOR);
    }
    // Speakers 4k to 4k+3 work at institution k, so that the signatory for institution k, speaker 4k,
    // holds a current position there.
    speaker.addPositions(Position.builder().title(LocalizedText.of(POSITION_TITLES[random.nextInt(POSITION_TITLES.length)]))
        .institution(institutionId(p / 4)).status(PositionStatus.CURRENT).build());
    if (random.nextInt(10) < 3) {
      speaker.addPositions(Position.builder().title(LocalizedText.of(POSITION_TITLES[random.nextInt(POSITION_TITLES.length)]))
          .institution(institutionId(random.nextInt(institutionCount))).status(PositionStatus.FORMER).build());
    }
    if (random.nextInt(10) < 4) {
      speaker.orcid(orcid(p));
    }
    return speaker.build();
  }

  // Session i is at time position i % 20 in room i / 20: a room never holds two sessions at once. Its two
  // speakers, 2i and 2i+1, speak nowhere else; its chair, if any, is a speaker of session i + 1, which is
  // at another time position.
  private Session session(int i) {
    int time = i % TIME_POSITIONS;
    int room = i / TIME_POSITIONS;
    LocalDate day = FIRST_DAY.plusDays(time / SLOTS.length);
    LocalTime[] slot = SLOTS[time % SLOTS.length];
    SessionKind kind = kind(i);
    Session.Builder session = Session.builder().id("session-" + i).kind(kind)
        .date(PartialDate.of(day)).time(TimeSlot.between(slot[0], slot[1]))
        .addPlaces(Place.builder().venue("Shanghai International Convention Centre")
            .building("Hall " + (room / ROOMS_PER_BUILDING + 1))
            .room("Room " + (room % ROOMS_PER_BUILDING + 101)).build());
    if (kind == SessionKind.SUB_FORUM) {
      session.partOf(LocalId.of("session-" + (i - 1)));
    }
    LocalizedText title = LocalizedText.of(title());
    if (random.nextInt(5) == 0) {
      title = title.with("zh-Hans", CHINESE_TITLES[random.nextInt(CHINESE_TITLES.length)]);
    }
    session.title(title);
    for (int t = random.nextInt(4); t > 0; t--) {
      session.addTopics(LocalizedText.of(TOPICS[random.nextInt(TOPICS.length)]));
    }
    if (random.nextInt(10) < 2) {
      session.mode(random.nextBoolean() ? AttendanceMode.ONLINE : AttendanceMode.HYBRID);
    }
    for (int s = 0; s < 2; s++) {
      Participation.Builder speaker = Participation.builder().person(speakerId(2 * i + s))
          .role(kind == SessionKind.KEYNOTE ? ParticipantRole.KEYNOTE_SPEAKER : ParticipantRole.SPEAKER);
      int delivery = random.nextInt(20);
      if (delivery == 0) {
        speaker.delivery(Delivery.VIDEO_MESSAGE);
      } else if (delivery == 1) {
        speaker.delivery(Delivery.LIVE_REMOTE);
      } else if (delivery < 8) {
        speaker.delivery(Delivery.IN_PERSON);
      }
      if (random.nextBoolean()) {
        speaker.contribution(CONTRIBUTIONS[random.nextInt(CONTRIBUTIONS.length)]);
      }
      session.addParticipants(speaker.build());
    }
    if (random.nextBoolean()) {
      session.addParticipants(Participation.of(speakerId((2 * i + 2) % speakerCount), ParticipantRole.CHAIR));
    }
    if (random.nextInt(5) == 0) {
      session.addStatistics(Statistic.of(Measure.EXPERTS, Count.moreThan(10 + random.nextInt(40))));
    }
    if (random.nextInt(10) < 3) {
      StringBuilder description = new StringBuilder();
      for (int s = 1 + random.nextInt(3); s > 0; s--) {
        description.append(description.length() == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      session.description(LocalizedText.of(description.toString()));
    }
    return session.build();
  }

  private static SessionKind kind(int i) {
    if (i == 0) {
      return SessionKind.OPENING_CEREMONY;
    }
    switch (i % 10) {
      case 9:
        return SessionKind.SIGNING_CEREMONY;
      case 4:
        return SessionKind.FORUM;
      case 5:
        return SessionKind.SUB_FORUM;
      default:
        return KINDS[(i * 7 + i / 10) % KINDS.length];
    }
  }

  // Agreement a is signed at session 10a + 9, a signing ceremony, on that session's day, by the first
  // speaker of each party.
  private CooperationAgreement agreement(int a) {
    int first = (7 * a) % institutionCount;
    int second = (first + 1 + (a % (institutionCount - 1))) % institutionCount;
    int signedAt = 10 * a + 9;
    LocalDate day = FIRST_DAY.plusDays((signedAt % TIME_POSITIONS) / SLOTS.length);
    AgreementKind kind = a % 3 == 0 ? AgreementKind.MEMORANDUM_OF_UNDERSTANDING : AgreementKind.COOPERATION;
    CooperationAgreement.Builder agreement = CooperationAgreement.builder().id("agreement-" + a).kind(kind)
        .title(LocalizedText.of("Agreement on joint research in " + TOPICS[random.nextInt(TOPICS.length)]))
        .addParties(institutionId(first), institutionId(second))
        .addSignatories(Signatory.of(speakerId(4 * first), institutionId(first)),
            Signatory.of(speakerId(4 * second), institutionId(second)))
        .signedOn(PartialDate.of(day))
        .signedAt(LocalId.of("session-" + signedAt));
    for (int t = random.nextInt(3); t > 0; t--) {
      agreement.addTopics(LocalizedText.of(TOPICS[random.nextInt(TOPICS.length)]));
    }
    return agreement.build();
  }

  private String title() {
    return TITLE_OPENINGS[random.nextInt(TITLE_OPENINGS.length)] + " "
        + TITLE_SUBJECTS[random.nextInt(TITLE_SUBJECTS.length)] + TITLE_ENDINGS[random.nextInt(TITLE_ENDINGS.length)];
  }

  private LocalId speakerId(int p) {
    return speakerIds.get(p);
  }

  private static LocalId institutionId(int k) {
    return LocalId.of("inst-" + k);
  }


  private static String acronym(String name) {
    StringBuilder acronym = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        acronym.append(word.charAt(0));
      }
    }
    return acronym.toString();
  }

  private static String ascii(String text) {
    StringBuilder ascii = new StringBuilder();
    for (char c : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        ascii.append(c);
      }
    }
    return ascii.toString();
  }

  // ORCID iDs in the block 0000-0002-xxxx-xxxx, which is assigned, one per speaker.
  private static Orcid orcid(int p) {
    String digits = String.format(Locale.ROOT, "00000002%07d", p);
    String base = digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
        + digits.substring(12, 15);
    for (char check : "0123456789X".toCharArray()) {
      if (Orcid.isValid(base + check)) {
        return Orcid.parse(base + check);
      }
    }
    throw new AssertionError(base);
  }

  private static RorId ror(int k) {
    String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    StringBuilder body = new StringBuilder("0");
    int number = 1_000_000 + k;
    char[] chars = new char[6];
    for (int i = 5; i >= 0; i--) {
      chars[i] = alphabet.charAt(number % 32);
      number /= 32;
    }
    body.append(chars);
    for (int check = 0; check < 100; check++) {
      String candidate = body + String.format(Locale.ROOT, "%02d", check);
      if (RorId.isValid(candidate)) {
        return RorId.parse(candidate);
      }
    }
    throw new AssertionError(body);
  }
}
