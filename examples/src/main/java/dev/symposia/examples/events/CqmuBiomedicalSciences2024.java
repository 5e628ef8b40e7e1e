package dev.symposia.examples.events;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.Note;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
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
 * The Biomedical Sciences Session of the 2024 International Conference on Cooperation and Integration of
 * Industry, Education, Research and Application (Chongqing), held at Chongqing Medical University on
 * 22 November 2024.
 *
 * <p>One part of a larger conference; experts from nine universities abroad and in Hong Kong; an opening
 * ceremony; a signing ceremony for an agreement between CQMU and the Yong Loo Lin School of Medicine of NUS;
 * an appointment ceremony; two keynote speeches by unnamed experts.
 */
public final class CqmuBiomedicalSciences2024 {
  private CqmuBiomedicalSciences2024() {}

  /**
   * Returns the event as the report describes it.
   *
   * @return the symposium; never null
   */
  public static Symposium symposium() {
    CountryCode cn = CountryCode.of("CN");
    LocalDate day = LocalDate.of(2024, 11, 22);
    return Symposium.builder()
        .id("cqmu-biomedical-2024")
        .title("2024 International Conference on Cooperation and Integration of Industry, Education, Research and Application (Chongqing) Biomedical Sciences Session")
        .addRelatedEvents(RelatedEvent.of(EventRelation.PART_OF,
            "2024 International Conference on Cooperation and Integration of Industry, Education, Research and Application (Chongqing)"))
        .theme(LocalizedText.of("Leading Innovation in Biomedical Sciences, Development with Opening and Integration"))
        .description(LocalizedText.of("To share the latest achievements in the whole field of industry, education,"
            + " research and application and explore the development trends of innovation in the biomedical"
            + " industry"))
        .status(EventStatus.HELD)
        .dates(DateSpan.on(day))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addPlaces(Place.builder().country(cn).city("Chongqing").institution(of("cqmu"))
            .building("Innovation Centre-Chongyi").room("Academic Conference Hall").build())
        .addTopics("medical education", "global health education", "electrical impedance sensors",
            "artificial intelligence in medicine", "machine-learning-assisted disease discovery",
            "bio-optoelectronics", "metabolomics", "disaster medicine")
        .addInstitutions(
            Institution.builder().id("cqmu").name("Chongqing Medical University").addShortNames("CQMU")
                .kind(InstitutionKind.UNIVERSITY).country(cn).city(LocalizedText.of("Chongqing")).build(),
            Institution.builder().id("cqmu-international-office")
                .name("Office of International Cooperation & Exchanges").kind(InstitutionKind.DEPARTMENT)
                .country(cn).parent(of("cqmu")).build(),
            Institution.builder().id("cqmu-graduate-school").name("Graduate School")
                .kind(InstitutionKind.DEPARTMENT).country(cn).parent(of("cqmu")).build(),
            Institution.builder().id("cqmu-second-hospital").name("Second Affiliated Hospital of CQMU")
                .kind(InstitutionKind.HOSPITAL).country(cn).parent(of("cqmu")).build(),
            Institution.builder().id("manchester").name("University of Manchester")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("GB")).build(),
            Institution.builder().id("nus").name("National University of Singapore").addShortNames("NUS")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("SG")).build(),
            Institution.builder().id("nus-medicine").name("Yong Loo Lin School of Medicine")
                .addShortNames("NUS Medicine").kind(InstitutionKind.SCHOOL).country(CountryCode.of("SG"))
                .parent(of("nus")).build(),
            Institution.builder().id("tokyo").name("The University of Tokyo")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("JP")).build(),
            Institution.builder().id("temple").name("Temple University")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("US")).build(),
            Institution.builder().id("strasbourg").name("University of Strasbourg")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("FR")).build(),
            Institution.builder().id("karolinska").name("Karolinska Institute")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("SE")).build(),
            Institution.builder().id("monash").name("Monash University")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("AU")).build(),
            Institution.builder().id("sydney").name("The University of Sydney")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("AU")).build(),
            Institution.builder().id("cuhk").name("The Chinese University of Hong Kong")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("HK")).build())
        .addInstitutionRoles(
            InstitutionParticipation.of(of("cqmu"), InstitutionRole.HOST),
            InstitutionParticipation.of(of("cqmu-international-office"), InstitutionRole.ORGANISER),
            InstitutionParticipation.of(of("cqmu-graduate-school"), InstitutionRole.ORGANISER),
            InstitutionParticipation.of(of("manchester"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("nus"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("tokyo"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("temple"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("strasbourg"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("karolinska"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("monash"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("sydney"), InstitutionRole.PARTICIPANT),
            InstitutionParticipation.of(of("cuhk"), InstitutionRole.PARTICIPANT))
        // "experts from several world-renowned universities including ..."; "professional fields such as ..."
        .addPartialLists("institutionRoles", "topics")
        .addSpeakers(
            Speaker.builder().id("liu-enmei")
                .name(PersonName.builder().familyName("Liu").givenName("Enmei")
                    .order(dev.symposia.people.NameOrder.FAMILY_FIRST).asWritten("LIU Enmei").build())
                .addHonorifics(Honorific.PROFESSOR)
                .addPositions(Position.of("Vice President", of("cqmu"))).build(),
            Speaker.builder().id("li-huabing")
                .name(PersonName.builder().familyName("Li").givenName("Huabing")
                    .order(dev.symposia.people.NameOrder.FAMILY_FIRST).asWritten("LI Huabing").build())
                .addHonorifics(Honorific.PROFESSOR)
                .addPositions(Position.of("Vice President", of("cqmu"))).build(),
            Speaker.builder().id("chen-zhixiong").name(PersonName.familyFirst("Chen", "Zhixiong"))
                .addHonorifics(Honorific.PROFESSOR)
                .addPositions(Position.of("Assistant Dean", of("nus-medicine"))).build(),
            Speaker.builder().id("yang-xianzhou")
                .name(PersonName.builder().familyName("Yang").givenName("Xianzhou")
                    .order(dev.symposia.people.NameOrder.FAMILY_FIRST).asWritten("YANG Xianzhou").build())
                .addHonorifics(Honorific.PROFESSOR)
                .addPositions(Position.of("Deputy Secretary", of("cqmu-second-hospital"))).build(),
            // Two keynote speakers the report does not name: each known by a description, "from" a university
            // whose medical education they spoke about ("at their respective universities").
            Speaker.builder().id("nus-keynote-expert").description("an expert from the National University of Singapore")
                .addPositions(Position.at(of("nus")))
                .addNotes(Note.inferred("positions[0]", "the report says only that the expert was \"from\" the"
                    + " university; a current position there is the editor's reading"))
                .build(),
            Speaker.builder().id("manchester-keynote-expert").description("an expert from the University of Manchester")
                .addPositions(Position.at(of("manchester")))
                .addNotes(Note.inferred("positions[0]", "the report says only that the expert was \"from\" the"
                    + " university; a current position there is the editor's reading"))
                .build())
        .addSessions(
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).date(PartialDate.of(day))
                .addParticipants(Participation.of(of("liu-enmei"), ParticipantRole.CHAIR),
                    Participation.builder().group(UnnamedGroup.builder().count(Count.unknown())
                            .description("heads of the relevant functional departments and faculties of CQMU")
                            .addInstitutions(of("cqmu")).build())
                        .role(ParticipantRole.ATTENDEE).build(),
                    Participation.builder().group(UnnamedGroup.builder().count(Count.unknown())
                            .description("representatives of experts").build())
                        .role(ParticipantRole.ATTENDEE).build())
                .addNotes(Note.inferred("date", "not stated: the conference lasted one day"))
                .build(),
            Session.builder().id("signing").kind(SessionKind.SIGNING_CEREMONY).date(PartialDate.of(day))
                .title("Signing ceremony for a cooperation agreement between Chongqing Medical University and the Yong Loo Lin School of Medicine, National University of Singapore")
                .addPlaces(Place.builder().institution(of("cqmu")).room("Academic Conference Hall").build())
                .addParticipants(Participation.of(of("li-huabing"), ParticipantRole.SIGNATORY),
                    Participation.of(of("chen-zhixiong"), ParticipantRole.SIGNATORY))
                .addNotes(Note.inferred("date", "not stated: the conference lasted one day"))
                .build(),
            Session.builder().id("appointment").kind(SessionKind.APPOINTMENT_CEREMONY).date(PartialDate.of(day))
                .title("Appointment Ceremony for High-level Overseas Talent Representative of Chongqing Medical University")
                .addParticipants(Participation.builder().person("yang-xianzhou").role(ParticipantRole.SIGNATORY)
                        .contribution("Signed contracts with the representatives of overseas high-level talent").build(),
                    Participation.builder().group(UnnamedGroup.builder().count(Count.unknown())
                            .description("representatives of overseas high-level talent").build())
                        .role(ParticipantRole.APPOINTEE).build())
                .addNotes(Note.inferred("date", "not stated: the conference lasted one day"))
                .build(),
            Session.builder().id("keynotes").kind(SessionKind.KEYNOTE).date(PartialDate.of(day))
                .addTopics("medical education")
                .addParticipants(
                    Participation.builder().person("nus-keynote-expert").role(ParticipantRole.KEYNOTE_SPEAKER)
                        .contribution("Medical education at NUS").build(),
                    Participation.builder().person("manchester-keynote-expert").role(ParticipantRole.KEYNOTE_SPEAKER)
                        .contribution("Medical education at the University of Manchester").build())
                .addNotes(Note.inferred("date", "not stated: the conference lasted one day"))
                .build())
        .addAgreements(CooperationAgreement.builder().id("cqmu-nus-medicine")
            .addParties(of("cqmu"), of("nus-medicine"))
            .addSignatories(Signatory.of(of("li-huabing"), of("cqmu")),
                Signatory.of(of("chen-zhixiong"), of("nus-medicine")))
            .signedOn(PartialDate.of(day)).signedAt(of("signing"))
            .addNotes(Note.inferred("signedOn", "not stated: signed at the signing ceremony, on the conference's one day"))
            .build())
        // "experts from several world-renowned universities"
        .addStatistics(Statistic.builder().measure(Measure.INSTITUTIONS).count(Count.several())
            .addInstitutionKinds(InstitutionKind.UNIVERSITY).description("world-renowned universities").build())
        .addNotes(Note.inferred("timeZone", "not stated: the zone of Chongqing, where the event was held"))
        // The report's headline; it names no publisher and no date.
        .addSources(Source.builder().title(LocalizedText.of("Chongqing Medical University held 2024 International"
            + " Conference on Cooperation and Integration of Industry, Education Research and Application (Chongqing)"
            + " Biomedical Sciences Session")).build())
        .build();
  }
}
