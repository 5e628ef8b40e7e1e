package dev.symposia.jackson;

import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.agreement.Term;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.Delivery;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.generators.IdentifierGenerators;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
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
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Hand-built models that use every property of every type at least once. */
final class Samples {
  static final CountryCode CN = CountryCode.of("CN");
  static final LocalId FUDAN = LocalId.of("fudan");
  static final LocalId MEDICINE = LocalId.of("fudan-medicine");
  static final LocalId ZHONGSHAN = LocalId.of("zhongshan");
  static final LocalId WANG = LocalId.of("wang-chen");
  static final LocalId DOE = LocalId.of("john-doe");

  /** A text that needs every kind of escape, and characters outside the BMP. */
  static final String AWKWARD_TEXT = "Line one\nline \"two\"\t\\ end \u0001 / </script> \u2028 😀 𠀀 中文";

  private Samples() {}

  static Orcid orcid() {
    return Orcid.parse("0000-0002-1825-0097");
  }

  static RorId ror() {
    return RorId.parse(IdentifierGenerators.rorText(1_234_567));
  }

  static Isni isni() {
    return Isni.parse(IdentifierGenerators.withMod11_2(1_234_567_890L));
  }

  static Institution fudan() {
    return Institution.builder().id("fudan")
        .name(LocalizedText.of("zh-Hans", "复旦大学").with("en", "Fudan University"))
        .addShortNames("Fudan", "FDU").kind(InstitutionKind.UNIVERSITY).country(CN)
        .city(LocalizedText.of("Shanghai")).addFocusAreas(LocalizedText.of("oncology"))
        .description(LocalizedText.of("A university in Shanghai")).ror(ror()).isni(isni())
        .wikidataId(WikidataId.parse("Q1091378")).build();
  }

  static Speaker wang() {
    return Speaker.builder().id("wang-chen")
        .name(PersonName.builder().familyName("Wang").givenName("Chen").order(NameOrder.FAMILY_FIRST)
            .asWritten("WANG Chen").language(Locale.forLanguageTag("en")).build())
        .addOtherNames(PersonName.builder().familyName("王").givenName("辰").order(NameOrder.FAMILY_FIRST)
            .asWritten("王辰").language(Locale.forLanguageTag("zh-Hans")).build())
        .addHonorifics(Honorific.ACADEMICIAN, Honorific.PROFESSOR)
        .addPositions(Position.of("President", FUDAN),
            Position.builder().title("Director").institution(ZHONGSHAN).status(PositionStatus.FORMER)
                .since(PartialDate.ofYear(2010)).until(PartialDate.ofYearMonth(2015, 6)).build(),
            Position.builder().title("Editor").build())
        .orcid(orcid()).isni(isni()).wikidataId(WikidataId.parse("Q42")).build();
  }

  static Session opening() {
    return Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).title("Opening ceremony")
        .addTopics("welcome").date(PartialDate.of(2024, 5, 17))
        .time(TimeSlot.between(LocalTime.of(9, 0), LocalTime.of(10, 30))).status(EventStatus.RESCHEDULED)
        .mode(AttendanceMode.IN_PERSON)
        .addPlaces(Place.builder().room("Hall 1").build())
        .addPlannedBefore(EarlierSessionPlan.builder().date(PartialDate.of(2024, 5, 16))
                .time(TimeSlot.during(PartOfDay.MORNING)).mode(AttendanceMode.HYBRID)
                .addPlaces(Place.builder().room("Hall 2").institution(FUDAN).build())
                .change(EventStatus.RESCHEDULED).changeAnnounced(PartialDate.ofYearMonth(2024, 4))
                .description("moved to the second day").addSources(Source.builder().publisher("Fudan").build())
                .build(),
            EarlierSessionPlan.of(PartialDate.ofMonthDay(5, 18)))
        .addParticipants(
            Participation.builder().person(WANG).role(ParticipantRole.SPEAKER).delivery(Delivery.IN_PERSON)
                .contribution("Welcome speech").build(),
            Participation.builder().group(UnnamedGroup.builder().count(Count.about(200))
                .description("experts").addInstitutions(FUDAN, ZHONGSHAN).build())
                .role(ParticipantRole.ATTENDEE).build(),
            Participation.builder().person(DOE).role(ParticipantRole.KEYNOTE_SPEAKER)
                .delivery(Delivery.VIDEO_MESSAGE).build())
        .addStatistics(Statistic.builder().measure(Measure.PARTICIPANTS).count(Count.exactly(300))
            .mode(AttendanceMode.ONLINE).build())
        .description(LocalizedText.of(AWKWARD_TEXT)).build();
  }

  static CooperationAgreement mou() {
    return CooperationAgreement.builder().id("fudan-zhongshan").kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
        .title(LocalizedText.of("Memorandum of understanding")).addParties(FUDAN, ZHONGSHAN)
        .addSignatories(Signatory.of(WANG, FUDAN), Signatory.of(DOE, ZHONGSHAN),
            Signatory.unnamed(ZHONGSHAN, LocalizedText.of("a representative")), Signatory.unnamed(FUDAN))
        .signedOn(PartialDate.of(2024, 5, 18)).signedAt(LocalId.of("signing"))
        .place(Place.city("Shanghai", CN))
        .term(Term.builder().length(Period.ofYears(3)).endsOn(PartialDate.of(2027, 5, 17)).build())
        .addRenewals(Renewal.of(PartialDate.ofYearMonth(2027, 5), Period.ofMonths(18)), Renewal.builder().build(),
            Renewal.builder().renewedOn(PartialDate.ofYear(2029)).term(Term.openEnded()).build())
        .addTopics(LocalizedText.of("clinical trials")).build();
  }

  /**
   * A standalone agreement record that uses every property of a record; its institutions and people are
   * fictional.
   */
  static AgreementRecord northmereRecord() {
    LocalId northmere = LocalId.of("northmere");
    LocalId medicine = LocalId.of("northmere-medicine");
    LocalId vale = LocalId.of("vale-harbour");
    return AgreementRecord.builder()
        .agreement(CooperationAgreement.builder().id("northmere-vale-2024").kind(AgreementKind.FRAMEWORK)
            .title(LocalizedText.of("Framework agreement on clinical training")).addParties(northmere, vale)
            .addSignatories(Signatory.of(LocalId.of("ada-quill"), northmere), Signatory.of(LocalId.of("ben-okafor"),
                northmere), Signatory.unnamed(vale, LocalizedText.of("Chief Executive")))
            .signedOn(PartialDate.of(2024, 3, 14)).place(Place.builder().institution(medicine).room("Senate Room")
                .build())
            .term(Term.until(PartialDate.ofYear(2029)))
            .addRenewals(Renewal.builder().renewedOn(PartialDate.ofYear(2029)).term(Term.of(Period.ofYears(5)))
                .build())
            .build())
        .addInstitutions(
            Institution.builder().id(northmere).name("Northmere University").kind(InstitutionKind.UNIVERSITY)
                .country(CountryCode.of("GB")).build(),
            Institution.builder().id(medicine).name("Northmere School of Medicine").kind(InstitutionKind.SCHOOL)
                .parent(northmere).build(),
            Institution.builder().id(vale).name("Vale Harbour General Hospital").kind(InstitutionKind.HOSPITAL)
                .addTies(InstitutionTie.of(TieKind.AFFILIATED_WITH, medicine)).build())
        .addSpeakers(
            Speaker.builder().id("ada-quill").name(PersonName.givenFirst("Ada", "Quill"))
                .addPositions(Position.builder().title("President").institution(northmere)
                    .since(PartialDate.ofYear(2019)).build()).build(),
            Speaker.builder().id("ben-okafor").name(PersonName.givenFirst("Ben", "Okafor"))
                .addPositions(Position.builder().title("Provost").institution(northmere)
                    .since(PartialDate.ofYearMonth(2021, 9)).until(PartialDate.ofYearMonth(2025, 8)).build(),
                    Position.builder().title("Dean").institution(medicine).status(PositionStatus.FORMER)
                        .until(PartialDate.ofYear(2021)).build()).build())
        .addSources(Source.builder().publisher("Northmere Gazette (fictional)").published(PartialDate.of(2024, 3, 15))
            .build())
        .build();
  }

  /** A symposium that uses every property of every type. */
  static Symposium rich() {
    return Symposium.builder().id("sample-2024")
        .title(LocalizedText.of("en", "Sample Symposium on Translational Medicine").with("zh-Hans", "转化医学研讨会"))
        .shortTitle(LocalizedText.of("SAMPLE 2024"))
        .series(Series.builder().name("Sample Series").shortName("SS").firstYear(Year.of(2010))
            .frequency(SeriesFrequency.ANNUAL).editionsHeld(Count.atLeast(8))
            .usualPlace(Place.city("Shanghai", CN)).build())
        .edition(9)
        .theme(LocalizedText.of("zh-Hans", "创新、融合、发展").with("en", "Innovation, Integration, Development"))
        .addTopics("oncology", "COVID-19")
        .dates(DateSpan.between(LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 19)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .status(EventStatus.HELD)
        .mode(AttendanceMode.HYBRID)
        .addPlaces(Place.builder().country(CN).region(LocalizedText.of("Shanghai")).city("Shanghai")
            .district("Fengxian District").venue("Campus").building("Y Building").room("Hall 1")
            .institution(FUDAN).isMainVenue(true).build())
        .addPlannedBefore(
            EarlierPlan.builder().dates(DateSpan.between(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 14)))
                .mode(AttendanceMode.IN_PERSON).addPlaces(Place.city("Kyoto", CountryCode.of("JP")))
                .change(EventStatus.POSTPONED).changeAnnounced(PartialDate.of(2024, 2, 20))
                .description(LocalizedText.of("zh-Hans", "因故延期").with("en", "postponed"))
                .addSources(Source.builder().url(URI.create("https://example.org/postponed")).build()).build(),
            EarlierPlan.builder().change(EventStatus.MOVED_ONLINE)
                .dates(DateSpan.between(PartialDate.ofYearMonth(2024, 5), PartialDate.ofYearMonth(2024, 5))).build(),
            EarlierPlan.builder().description("planned as an online meeting, held on site").build())
        .addInstitutions(fudan(),
            Institution.builder().id("fudan-medicine").name("Shanghai Medical College")
                .kind(InstitutionKind.SCHOOL).parent(FUDAN)
                .addTies(InstitutionTie.of(TieKind.AFFILIATED_WITH, ZHONGSHAN)).build(),
            Institution.builder().id("zhongshan").name("Zhongshan Hospital").kind(InstitutionKind.HOSPITAL).build())
        .addInstitutionRoles(InstitutionParticipation.of(FUDAN, InstitutionRole.HOST),
            InstitutionParticipation.builder().group(UnnamedGroup.builder().count(Count.several())
                .description("local government departments").kind(InstitutionKind.GOVERNMENT_BODY).build())
                .role(InstitutionRole.SUPPORTER).build())
        .addSpeakers(wang(),
            Speaker.builder().id("john-doe").name(PersonName.givenFirst("John", "Doe")).build(),
            Speaker.builder().id("madonna")
                .name(PersonName.builder().givenName("Madonna").order(NameOrder.GIVEN_FIRST).build()).build())
        .addSessions(opening(),
            Session.builder().id("forum-a").kind(SessionKind.SUB_FORUM).partOf(LocalId.of("opening"))
                .date(PartialDate.ofMonthDay(5, 18)).time(TimeSlot.startingAt(LocalTime.of(14, 0, 30))).build(),
            Session.builder().id("signing").kind(SessionKind.SIGNING_CEREMONY)
                .date(PartialDate.ofYearMonth(2024, 5)).time(TimeSlot.during(PartOfDay.AFTERNOON)).build())
        .addAgreements(mou(),
            CooperationAgreement.builder().id("fudan-medicine-agreement").addParties(FUDAN, MEDICINE)
                .term(Term.openEnded()).build())
        .addAwards(Award.builder().name("Achievement Award").addRecipients(DOE).addUnveiledBy(WANG)
            .session(LocalId.of("opening")).build())
        .addStatistics(
            Statistic.builder().measure(Measure.SESSIONS).count(Count.exactly(68)).sessionKind(SessionKind.FORUM)
                .mode(AttendanceMode.ONLINE).addCountries(CN, CountryCode.of("SG"))
                .addInstitutionKinds(InstitutionKind.UNIVERSITY, InstitutionKind.HOSPITAL).addTopics(LocalizedText.of("oncology"))
                .description("forums").build(),
            Statistic.of(Measure.EXPERTS, Count.unknown()),
            Statistic.of(Measure.COUNTRIES, Count.exactly(Long.MAX_VALUE)))
        .addRelatedEvents(
            RelatedEvent.builder().relation(EventRelation.NEXT_EDITION).title(LocalizedText.of("Sample 2025"))
                .dates(DateSpan.on(PartialDate.ofYear(2025))).addPlaces(Place.city("Xiamen", CN)).build(),
            RelatedEvent.builder().relation(EventRelation.PART_OF)
                .dates(DateSpan.between(PartialDate.ofYear(2024), PartialDate.ofYear(2024))).build(),
            RelatedEvent.of(EventRelation.COMPONENT, "Roadshow"))
        .addSources(Source.builder().publisher("CAE").title(LocalizedText.of("Report"))
            .published(PartialDate.of(2024, 5, 20)).url(URI.create("https://example.org/report?id=1&x=%20")).build(),
            Source.builder().url(URI.create("http://example.org")).build())
        .build();
  }

  /** The smallest symposium. */
  static Symposium minimal() {
    return Symposium.builder().id("m").title("M").dates(DateSpan.on(PartialDate.ofMonthDay(4, 29))).build();
  }

  /**
   * A fictional night congress in London as clocks go back on 26 October 2025: a session past midnight,
   * and times with the UTC offsets that tell the two 01:30s apart.
   */
  static Symposium clockChange() {
    return Symposium.builder().id("night-congress-2025").title("Night Congress")
        .dates(DateSpan.between(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 26)))
        .timeZone(ZoneId.of("Europe/London"))
        .addSessions(
            Session.builder().id("night").kind(SessionKind.PLENARY).date(PartialDate.of(2025, 10, 25))
                .time(TimeSlot.parse("22:00/01:00")).build(),
            Session.builder().id("change").kind(SessionKind.PANEL).date(PartialDate.of(2025, 10, 26))
                .time(TimeSlot.parse("00:30+01:00/02:30Z")).build(),
            Session.builder().id("second-half-past-one").kind(SessionKind.WORKSHOP)
                .date(PartialDate.of(2025, 10, 26)).time(TimeSlot.parse("01:30Z/")).build())
        .build();
  }

  /** One document of every aggregate type. */
  static List<Aggregate> documents() {
    return List.of(rich(), minimal(), clockChange(), opening(), wang(), fudan(), mou(), northmereRecord());
  }

  /** Returns the aggregate type of a model, whose generated class extends it. */
  static Class<? extends Aggregate> typeOf(Aggregate model) {
    return model.getClass().getSuperclass().asSubclass(Aggregate.class);
  }
}
