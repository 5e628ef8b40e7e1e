package dev.symposia.examples.events;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.Note;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.Delivery;
import dev.symposia.event.AttendanceMode;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
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
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * ISCTM 2022, the International Symposium on Clinical and Translational Medicine, Shanghai,
 * 22–24 November 2022, as reported by the Chinese Academy of Engineering on 23 December 2022.
 *
 * <p>The eighth edition of a series held in Shanghai since 2010; co-hosted by two academies and organised by
 * three bodies; an opening ceremony with a welcome speech, a video speech and a presider; plenary speeches;
 * a forum on chronic diseases with more than 20 experts from over ten institutions.
 */
public final class Isctm2022 {
  private static final CountryCode CN = CountryCode.of("CN");

  private Isctm2022() {}

  /**
   * Returns the event as the report describes it.
   *
   * @return the symposium; never null
   */
  public static Symposium symposium() {
    return Symposium.builder()
        .id("isctm-2022")
        .title("International Symposium on Clinical and Translational Medicine")
        .shortTitle(LocalizedText.of("ISCTM 2022"))
        .series(Series.builder()
            // The record's identifier for the series, the same in every edition's record.
            .id("isctm")
            .name("International Symposium on Clinical and Translational Medicine")
            .shortName("ISCTM")
            .firstYear(Year.of(2010))
            .editionsHeld(Count.exactly(8))
            .usualPlace(Place.city("Shanghai", CN))
            .build())
        .edition(8)
        .status(EventStatus.HELD)
        .dates(DateSpan.between(LocalDate.of(2022, 11, 22), LocalDate.of(2022, 11, 24)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addPlaces(Place.city("Shanghai", CN))
        .addTopics("chronic disease diagnosis and treatment", "new drug development", "tumour immunology",
            "COVID-19")
        .addInstitutions(
            Institution.builder().id("cae").name("Chinese Academy of Engineering").addShortNames("CAE")
                .kind(InstitutionKind.ACADEMY).country(CN).build(),
            Institution.builder().id("cams").name("Chinese Academy of Medical Sciences")
                .kind(InstitutionKind.ACADEMY).country(CN).build(),
            Institution.builder().id("cae-medicine-health").name("CAE Medicine and Health Division")
                .kind(InstitutionKind.DEPARTMENT).country(CN).parent(of("cae")).build(),
            Institution.builder().id("shanghai-academicians-centre")
                .name("Shanghai Consulting & Academic Activities Centre for Academicians of Chinese Academy of Engineering")
                .kind(InstitutionKind.OTHER).country(CN).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("shanghai-strategy-institute")
                .name("Shanghai Research Institute of China Engineering Science and Technology Development Strategy")
                .kind(InstitutionKind.RESEARCH_CENTRE).country(CN).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("nih-clinical-center").name("NIH Clinical Center")
                .kind(InstitutionKind.HOSPITAL).country(CountryCode.of("US")).build(),
            // "director of the symposium's organizing committee": the committee is named by no name of its own.
            Institution.builder().id("isctm-2022-organising-committee")
                .description("the symposium's organizing committee").kind(InstitutionKind.COMMITTEE).build())
        .addInstitutionRoles(
            InstitutionParticipation.of(of("cae"), InstitutionRole.CO_HOST),
            InstitutionParticipation.of(of("cams"), InstitutionRole.CO_HOST),
            InstitutionParticipation.of(of("cae-medicine-health"), InstitutionRole.ORGANISER),
            InstitutionParticipation.of(of("shanghai-academicians-centre"), InstitutionRole.ORGANISER),
            InstitutionParticipation.of(of("shanghai-strategy-institute"), InstitutionRole.ORGANISER))
        .addSpeakers(
            Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen"))
                .addPositions(Position.of("Vice President", of("cae"))).build(),
            Speaker.builder().id("john-gallin").name(PersonName.givenFirst("John I.", "Gallin"))
                .addPositions(Position.builder().title("Director").institution(of("nih-clinical-center"))
                    .status(PositionStatus.FORMER).build())
                .build(),
            Speaker.builder().id("yang-shengli").name(PersonName.familyFirst("Yang", "Shengli"))
                .addHonorifics(Honorific.ACADEMICIAN)
                .addPositions(Position.of("Member", of("cae")),
                    Position.of("Director", of("isctm-2022-organising-committee")))
                .build(),
            Speaker.builder().id("peter-barnes").name(PersonName.givenFirst("Peter J.", "Barnes")).build())
        .addSessions(
            Session.builder().id("high-level-forum").kind(SessionKind.FORUM)
                .title("High-level international forum").build(),
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
                .date(PartialDate.of(2022, 11, 23)).time(TimeSlot.during(PartOfDay.AFTERNOON))
                .addParticipants(
                    Participation.builder().person("wang-chen").role(ParticipantRole.SPEAKER)
                        .contribution("Welcome speech").build(),
                    Participation.builder().person("john-gallin").role(ParticipantRole.SPEAKER)
                        .delivery(Delivery.VIDEO_MESSAGE).contribution("Video speech").build(),
                    Participation.of(of("yang-shengli"), ParticipantRole.CHAIR))
                .addNotes(Note.inferred("participants[1].delivery",
                    "the report says \"delivered a video speech\"; that it was recorded rather than live is inferred"))
                .build(),
            Session.builder().id("plenary").kind(SessionKind.PLENARY).title("Plenary session")
                .addParticipants(
                    Participation.of(of("wang-chen"), ParticipantRole.SPEAKER),
                    Participation.of(of("peter-barnes"), ParticipantRole.SPEAKER))
                // "Speakers who made presentations at the plenary session included Wang and Peter J. Barnes."
                .addPartialLists("participants")
                .build(),
            Session.builder().id("chronic-diseases-forum").kind(SessionKind.FORUM)
                .title("New Advances in the Diagnosis and Treatment of Major Chronic Diseases - Paradigm Change in Complex Chronic Disease Research")
                .addTopics("respiratory diseases", "metabolic diseases", "cardiovascular diseases", "tumours",
                    "innovative drugs", "COVID-19")
                // "various topics such as"
                .addPartialLists("topics")
                // "more than 20 experts from over ten institutions": one group, two figures.
                .addStatistics(
                    Statistic.builder().id("chronic-diseases-forum-experts").measure(Measure.EXPERTS)
                        .count(Count.moreThan(20)).build(),
                    Statistic.builder().measure(Measure.INSTITUTIONS).count(Count.moreThan(10))
                        .sameGroupAs("chronic-diseases-forum-experts").build())
                .build())
        .addStatistics(
            Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.FORUM).count(Count.exactly(1))
                .description("high-level international forum").build(),
            Statistic.builder().measure(Measure.PRESENTATIONS).sessionKind(SessionKind.PLENARY)
                .count(Count.exactly(6)).build(),
            Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.SUB_FORUM)
                .count(Count.exactly(6)).description("themed sub-forums").build(),
            // "academicians and experts from both domestic and international institutions held discussions": no number.
            Statistic.builder().measure(Measure.EXPERTS).count(Count.unknown())
                .description("academicians and experts from both domestic and international institutions").build())
        // "diverse topics such as"
        .addPartialLists("topics")
        .addNotes(Note.inferred("edition", "not stated: the report says the symposium has been \"successfully held for"
                + " eight sessions in Shanghai since 2010\", which counts this one as the eighth"))
        .addNotes(Note.inferred("timeZone", "not stated: the zone of Shanghai, where the event was held"))
        .addSources(Source.builder().publisher("CAE")
            .title(LocalizedText.of("ISCTM 2022 promotes high-quality development of clinical and translational medicine"))
            .published(PartialDate.of(2022, 12, 23)).build())
        .build();
  }
}
