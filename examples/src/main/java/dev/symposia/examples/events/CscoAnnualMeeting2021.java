package dev.symposia.examples.events;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.Note;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.Delivery;
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
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The 2021 CSCO Annual Meeting, the 24th annual meeting of the Chinese Society of Clinical Oncology,
 * 25–29 September 2021, main venue Beijing, held online and offline, as reported by CSCO on
 * 11 February 2022.
 *
 * <p>Co-sponsored by CSCO and a foundation; 68 sessions of which 61 online; innovation sessions in Beijing
 * and Shanghai; a CDE session; video messages from three foreign experts; an award unveiled by two
 * academicians; 763 speaking experts and more than 160,000 online visitors.
 */
public final class CscoAnnualMeeting2021 {
  private CscoAnnualMeeting2021() {}

  /**
   * Returns the event as the report describes it.
   *
   * @return the symposium; never null
   */
  public static Symposium symposium() {
    CountryCode cn = CountryCode.of("CN");
    return Symposium.builder()
        .id("csco-2021")
        .title("2021 CSCO Annual Meeting")
        .shortTitle(LocalizedText.of("24th Chinese Society of Clinical Oncology (CSCO) Annual Meeting"))
        // The record's identifier for the series, the same in every edition's record ("CSCO annual meeting").
        .series(Series.builder().id("csco-annual-meeting").name("Chinese Society of Clinical Oncology Annual Meeting")
            .shortName("CSCO Annual Meeting").frequency(SeriesFrequency.ANNUAL).build())
        .edition(24)
        .status(EventStatus.HELD)
        .mode(AttendanceMode.HYBRID)
        .dates(DateSpan.between(LocalDate.of(2021, 9, 25), LocalDate.of(2021, 9, 29)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addPlaces(Place.builder().country(cn).city("Beijing").isMainVenue(true).build())
        .description(LocalizedText.of("To uphold the fundamental purpose of CSCO, carry out academic exchange"
            + " activities in new forms in special periods, promote academic exchanges and scientific and"
            + " technological cooperation in the field of clinical oncology in China, encourage and support clinical"
            + " research and innovation, advocate precision oncology on the basis of multidisciplinary standardized"
            + " comprehensive treatment, and promote the development of disciplines"))
        .addTopics("clinical oncology", "precision oncology", "new anti-cancer drugs")
        .addRelatedEvents(RelatedEvent.builder().relation(EventRelation.NEXT_EDITION)
            .dates(DateSpan.on(PartialDate.ofYear(2022))).addPlaces(Place.city("Xiamen", cn)).build())
        .addInstitutions(
            Institution.builder().id("csco").name("Chinese Society of Clinical Oncology").addShortNames("CSCO")
                .kind(InstitutionKind.LEARNED_SOCIETY).country(cn).build(),
            Institution.builder().id("xisike-foundation")
                .name("Beijing XI SI KE Clinical Oncology Research Foundation")
                .kind(InstitutionKind.FOUNDATION).country(cn).city(LocalizedText.of("Beijing")).build(),
            Institution.builder().id("nmpa").name("National Medical Products Administration").addShortNames("NMPA")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(cn).build(),
            Institution.builder().id("cde").name("Center for Drug Evaluation").addShortNames("CDE")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(cn).parent(of("nmpa")).build(),
            Institution.builder().id("esmo").name("ESMO").kind(InstitutionKind.LEARNED_SOCIETY).build(),
            Institution.builder().id("asco").name("ASCO").kind(InstitutionKind.LEARNED_SOCIETY).build(),
            Institution.builder().id("sto").name("Society for Translational Oncology")
                .kind(InstitutionKind.LEARNED_SOCIETY).build(),
            Institution.builder().id("guangdong-provincial-peoples-hospital")
                .name("Guangdong Provincial People's Hospital").kind(InstitutionKind.HOSPITAL).country(cn).build())
        .addInstitutionRoles(
            InstitutionParticipation.of(of("csco"), InstitutionRole.CO_SPONSOR),
            InstitutionParticipation.of(of("xisike-foundation"), InstitutionRole.CO_SPONSOR))
        .addSpeakers(
            Speaker.builder().id("jiang-zefei").name(PersonName.givenFirst("Zefei", "Jiang"))
                .addHonorifics(Honorific.PROFESSOR).build(),
            // As reported: the report calls Vokes the President of ESMO and Peters the President of ASCO.
            Speaker.builder().id("everett-vokes").name(PersonName.givenFirst("Everett", "Vokes"))
                .addHonorifics(Honorific.PROFESSOR).addPositions(Position.of("President", of("esmo")))
                .addNotes(Note.asReported("positions[0]", "the report's wording, \"the President of ESMO\", kept as written"))
                .build(),
            Speaker.builder().id("solange-peters").name(PersonName.givenFirst("Solange", "Peters"))
                .addHonorifics(Honorific.PROFESSOR).addPositions(Position.of("President", of("asco")))
                .addNotes(Note.asReported("positions[0]", "the report's wording, \"the President of ASCO\", kept as written"))
                .build(),
            Speaker.builder().id("martin-murphy").name(PersonName.givenFirst("Martin", "Murphy"))
                .addHonorifics(Honorific.PROFESSOR).addPositions(Position.of("Co-founder", of("sto"))).build(),
            Speaker.builder().id("jia-fan").name(PersonName.givenFirst("Jia", "Fan"))
                .addHonorifics(Honorific.ACADEMICIAN).build(),
            Speaker.builder().id("jinming-yu").name(PersonName.givenFirst("Jinming", "Yu"))
                .addHonorifics(Honorific.ACADEMICIAN).build(),
            Speaker.builder().id("yilong-wu").name(PersonName.givenFirst("Yilong", "Wu"))
                .addHonorifics(Honorific.PROFESSOR)
                .addPositions(Position.at(of("guangdong-provincial-peoples-hospital"))).build())
        // "At the beginning of the meeting", in no session the report names: parts in the meeting as a whole.
        .addParticipants(
            videoMessage("everett-vokes"), videoMessage("solange-peters"), videoMessage("martin-murphy"))
        // "foreign oncology experts such as ... they all delivered a video message"
        .addPartialLists("participants")
        .addSessions(
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).date(PartialDate.of(2021, 9, 25))
                .addParticipants(
                    Participation.builder().person("jiang-zefei").role(ParticipantRole.CHAIR)
                        .contribution("Introduced the guests").build())
                .addNotes(Note.inferred("date", "not stated: the meeting's first day; the report says it was held"
                    + " from September 25"))
                .build(),
            Session.builder().id("drug-clinical-research-innovation").kind(SessionKind.SESSION)
                .title("Drug Clinical Research Innovation Session")
                .description(LocalizedText.of("Excellent original clinical research introduced and commented on by famous experts"))
                .build(),
            Session.builder().id("innovation-beijing").kind(SessionKind.SESSION).title("Innovation session")
                .addPlaces(Place.city("Beijing", cn)).build(),
            Session.builder().id("innovation-shanghai").kind(SessionKind.SESSION).title("Innovation session")
                .addPlaces(Place.city("Shanghai", cn)).build(),
            Session.builder().id("cde-session").kind(SessionKind.SESSION).title("CDE session")
                .addTopics("innovative oncology drug review in China", "evaluation guidelines related to statistics")
                .addParticipants(Participation.builder().group(UnnamedGroup.builder().count(Count.unknown())
                        .description("leaders and reviewers").addInstitutions(of("cde")).build())
                    .role(ParticipantRole.SPEAKER).build())
                .build(),
            Session.builder().id("oral-presentations").kind(SessionKind.ORAL_ABSTRACTS)
                .title("Oral Presentation")
                .description(LocalizedText.of("Excellent foreign abstracts selected for oral presentation"))
                .build())
        .addAwards(Award.builder().name("2021 CSCO Clinical Oncology Annual Achievement Award")
            .addRecipients(of("yilong-wu")).addUnveiledBy(of("jia-fan"), of("jinming-yu"))
            .build())
        .addStatistics(
            Statistic.of(Measure.SESSIONS, Count.exactly(68)),
            Statistic.builder().measure(Measure.SESSIONS).mode(AttendanceMode.ONLINE).count(Count.exactly(61)).build(),
            Statistic.builder().measure(Measure.SPEAKERS).count(Count.exactly(763))
                .description("experts who attended the meeting and gave speeches").build(),
            // "more than 160000 reviewers to visit CSCO annual meeting": the report does not say online or in person.
            Statistic.builder().measure(Measure.VISITORS).count(Count.moreThan(160_000)).build(),
            // "Clinical oncology experts from home and abroad gathered together": no number.
            Statistic.builder().measure(Measure.EXPERTS).count(Count.unknown())
                .description("clinical oncology experts from home and abroad").build(),
            // "Many excellent foreign abstracts were selected as Oral Presentation": many, but no number.
            Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
                .description("many excellent foreign abstracts selected as Oral Presentation").build(),
            Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.FORUM).count(Count.unknown())
                .description("thematic academic forums")
                .addTopics(LocalizedText.of("cancer types"), LocalizedText.of("cancer treatment"),
                    LocalizedText.of("clinical research on new anti-cancer drugs"))
                .build())
        .addNotes(Note.inferred("timeZone", "not stated: the zone of Beijing, where the event was held"))
        .addSources(Source.builder().publisher("Chinese Society of Clinical Oncology (CSCO)")
            .title(LocalizedText.of("2021 CSCO Annual Meeting successfully completed!"))
            .published(PartialDate.of(2022, 2, 11)).build())
        .build();
  }

  private static Participation videoMessage(String person) {
    return Participation.builder().person(person).role(ParticipantRole.SPEAKER).delivery(Delivery.VIDEO_MESSAGE)
        .contribution("Video message at the beginning of the meeting, reviewing the long-term cooperation with CSCO")
        .build();
  }
}
