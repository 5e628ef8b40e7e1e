package dev.symposia.examples.events;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.Note;
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
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The 2024 International Biomedical Symposium and Shanghai Oriental Beauty Valley Biomedical Industry
 * Conference, Fengxian District, Shanghai, 12 September 2024.
 *
 * <p>Two events held together under one title; over 200 experts from more than 20 countries; co-hosted by a
 * promotion centre and several unnamed local government departments; 16 parallel sessions; a dialogue; a
 * project roadshow with 20 projects, nine of them from abroad.
 */
public final class InternationalBiomedicalSymposium2024 {
  private InternationalBiomedicalSymposium2024() {}

  /**
   * Returns the event as the report describes it.
   *
   * @return the symposium; never null
   */
  public static Symposium symposium() {
    CountryCode cn = CountryCode.of("CN");
    return Symposium.builder()
        .id("ibs-2024")
        .title("2024 International Biomedical Symposium and Shanghai Oriental Beauty Valley Biomedical Industry Conference")
        .addRelatedEvents(
            RelatedEvent.of(EventRelation.COMPONENT, "2024 International Biomedical Symposium"),
            RelatedEvent.of(EventRelation.COMPONENT, "Shanghai Oriental Beauty Valley Biomedical Industry Conference"))
        .theme(LocalizedText.of("Innovation, Integration, Development"))
        .description(LocalizedText.of("To foster collaboration and share the latest advancements in the biomedicine"
            + " sector, with a strong focus on accelerating the translation of innovative findings and exploring"
            + " multilateral industrial cooperation"))
        .status(EventStatus.HELD)
        .dates(DateSpan.on(LocalDate.of(2024, 9, 12)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addPlaces(Place.builder().country(cn).city("Shanghai").district("Fengxian District").build())
        .addInstitutions(
            Institution.builder().id("sbtipc").name("Shanghai Biomedicine Technology Industry Promotion Center")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(cn).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("md-anderson").name("University of Texas MD Anderson Cancer Center")
                .kind(InstitutionKind.HOSPITAL).country(CountryCode.of("US")).build())
        .addInstitutionRoles(
            InstitutionParticipation.of(of("sbtipc"), InstitutionRole.CO_HOST),
            InstitutionParticipation.builder().role(InstitutionRole.CO_HOST)
                .group(UnnamedGroup.builder().count(Count.several()).description("local government departments")
                    .kind(InstitutionKind.GOVERNMENT_BODY).build())
                .build())
        .addSpeakers(Speaker.builder().id("adel-el-naggar").name(PersonName.givenFirst("Adel K.", "El-Naggar"))
            .addPositions(Position.of("Professor", of("md-anderson"))).build())
        // The report names no session for his remarks: he takes part in the symposium as a whole.
        .addParticipants(Participation.builder().person("adel-el-naggar").role(ParticipantRole.SPEAKER)
            .contribution("Highlighted the conference's role as a global platform for advancing research and"
                + " industrial development in biomedicine")
            .build())
        .addSessions(
            Session.builder().id("parallel-sessions").kind(SessionKind.PARALLEL)
                .title("Parallel sessions")
                .addTopics("innovative drug discovery", "antibodies and vaccines", "biotherapy",
                    "novel strategies in oncology treatment")
                // "cutting-edge topics such as"
                .addPartialLists("topics")
                .description(LocalizedText.of("16 parallel sessions, counted in the symposium's statistics"))
                .build(),
            Session.builder().id("dialogue").kind(SessionKind.DIALOGUE).title("Dialogue")
                .addParticipants(Participation.builder().group(UnnamedGroup.builder().count(Count.unknown())
                        .description("experts").build()).role(ParticipantRole.PANELIST).build())
                .build(),
            Session.builder().id("roadshow").kind(SessionKind.ROADSHOW)
                .title("Project roadshow and investment negotiation")
                .addTopics("cell and gene therapy", "nucleic acid drugs", "AI diagnostics", "nano-antibodies",
                    "synthetic biology")
                // "cutting-edge fields like"
                .addPartialLists("topics")
                .addStatistics(
                    Statistic.builder().id("roadshow-projects").measure(Measure.PROJECTS).count(Count.exactly(20))
                        .addInstitutionKinds(InstitutionKind.UNIVERSITY, InstitutionKind.HOSPITAL,
                            InstitutionKind.RESEARCH_CENTRE, InstitutionKind.COMPANY)
                        .description("selected high-quality projects").build(),
                    // "nine of these projects": a part of the 20, stated as such.
                    Statistic.builder().measure(Measure.PROJECTS).count(Count.exactly(9))
                        .share(Share.parse("9/20"), "roadshow-projects")
                        .addCountries(CountryCode.of("DE"), CountryCode.of("US"), CountryCode.of("NL"),
                            CountryCode.of("RU"), CountryCode.of("FI"))
                        .description("of the 20 selected projects")
                        // "countries such as Germany, the United States, the Netherlands, Russia, and Finland"
                        .addPartialLists("countries").build())
                .addNotes(Note.inferred("statistics[1].share", "the report says \"nine of these projects\", of the 20;"
                    + " the fraction 9/20 is those two numbers"))
                .build())
        .addStatistics(
            // "over 200 biomedical experts and pharmaceutical leaders from more than 20 countries": one group, two figures.
            Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.moreThan(200))
                .description("biomedical experts and pharmaceutical leaders").build(),
            Statistic.builder().measure(Measure.COUNTRIES).count(Count.moreThan(20)).sameGroupAs("experts").build(),
            Statistic.builder().measure(Measure.SESSIONS).sessionKind(SessionKind.PARALLEL)
                .count(Count.exactly(16)).build())
        .addNotes(Note.inferred("dates", "the report says \"On September 12\"; the year 2024 is taken from the title"))
        .addNotes(Note.inferred("timeZone", "not stated: the zone of Shanghai, where the event was held"))
        .build();
  }
}
