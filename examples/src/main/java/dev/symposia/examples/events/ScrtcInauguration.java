package dev.symposia.examples.events;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.Note;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Source;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The inauguration of the Shanghai Clinical Research and Trial Center (SCRTC) at ShanghaiTech University,
 * on 29 April of a year the report does not give.
 *
 * <p>A ceremony in the Y Building attended by a vice mayor, at which two vice mayors inaugurated the centre;
 * the centre's ties (approved by the municipal government, subordinate to the health commission, run by
 * ShanghaiTech); six separate cooperation agreements between ShanghaiTech and six hospitals.
 */
public final class ScrtcInauguration {
  private static final String[][] HOSPITALS = {
    {"zhongshan-hospital", "Zhongshan Hospital"},
    {"huashan-hospital", "Huashan Hospital"},
    {"fudan-childrens-hospital", "Children's Hospital of Fudan University"},
    {"ruijin-hospital", "Ruijin Hospital"},
    {"ninth-peoples-hospital", "Ninth People's Hospital"},
    {"huadong-hospital", "Huadong Hospital"},
  };

  private ScrtcInauguration() {}

  /**
   * Returns the event as the report describes it.
   *
   * @return the symposium; never null
   */
  public static Symposium symposium() {
    CountryCode cn = CountryCode.of("CN");
    PartialDate day = PartialDate.ofMonthDay(4, 29);
    Symposium.Builder builder = Symposium.builder()
        .id("scrtc-inauguration")
        .title("Inauguration of the Shanghai Clinical Research and Trial Center")
        .status(EventStatus.HELD)
        .dates(DateSpan.on(day))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addNotes(Note.inferred("timeZone", "not stated: the zone of Shanghai, where the event was held"))
        // The report's headline; it names no publisher and no date.
        .addSources(Source.builder()
            .title(LocalizedText.of("Shanghai Clinical Research and Trial Center inaugurated at ShanghaiTech University"))
            .build())
        .addPlaces(Place.builder().country(cn).city("Shanghai").institution(of("shanghaitech"))
            .building("Y Building").build())
        .addInstitutions(
            Institution.builder().id("shanghaitech").name("ShanghaiTech University").addShortNames("ShanghaiTech")
                .kind(InstitutionKind.UNIVERSITY).country(cn).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("scrtc").name("Shanghai Clinical Research and Trial Center")
                .addShortNames("SCRTC").kind(InstitutionKind.RESEARCH_CENTRE).country(cn)
                .city(LocalizedText.of("Shanghai"))
                .addTies(InstitutionTie.of(TieKind.APPROVED_BY, of("shanghai-government")),
                    InstitutionTie.of(TieKind.SUBORDINATE_TO, of("shanghai-health-commission")),
                    InstitutionTie.of(TieKind.RUN_BY, of("shanghaitech")))
                .description(LocalizedText.of("Planned and constructed to the standard of a tertiary general hospital"))
                .addFocusAreas(LocalizedText.of("neoplastic diseases"), LocalizedText.of("nervous system diseases"),
                    LocalizedText.of("panvascular diseases"), LocalizedText.of("respiratory diseases"),
                    LocalizedText.of("rheumatic and musculoskeletal diseases"),
                    LocalizedText.of("sensory system diseases"))
                // "... sensory system diseases and other diseases"
                .addPartialLists("focusAreas")
                .build(),
            Institution.builder().id("shanghai-government").name("Shanghai Municipal People's Government")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(cn).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("shanghai-health-commission").name("Shanghai Municipal Health Commission")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(cn).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("cpc-shanghai-committee").name("CPC Shanghai Municipal Committee")
                .kind(InstitutionKind.PARTY_BODY).country(cn).city(LocalizedText.of("Shanghai")).build(),
            Institution.builder().id("cpc-shanghai-standing-committee")
                .name("Standing Committee of the CPC Shanghai Municipal Committee")
                .kind(InstitutionKind.PARTY_BODY).country(cn).parent(of("cpc-shanghai-committee")).build())
        .addInstitutionRoles(InstitutionParticipation.of(of("shanghaitech"), InstitutionRole.HOST))
        .addSpeakers(
            Speaker.builder().id("wu-qing").name(PersonName.familyFirst("Wu", "Qing"))
                .addPositions(Position.of("Member", of("cpc-shanghai-standing-committee")),
                    Position.of("Vice Mayor of Shanghai", of("shanghai-government")))
                .build(),
            Speaker.builder().id("chen-qun").name(PersonName.familyFirst("Chen", "Qun"))
                .addPositions(Position.of("Vice Mayor of Shanghai", of("shanghai-government"))).build(),
            Speaker.builder().id("zong-ming").name(PersonName.familyFirst("Zong", "Ming"))
                .addPositions(Position.of("Vice Mayor of Shanghai", of("shanghai-government"))).build(),
            Speaker.builder().id("li-ruxin").name(PersonName.familyFirst("Li", "Ruxin"))
                .addPositions(Position.of("Party Secretary", of("shanghaitech"))).build(),
            Speaker.builder().id("zhu-chouwen").name(PersonName.familyFirst("Zhu", "Chouwen"))
                .addPositions(Position.of("Director", of("scrtc"))).build())
        .addSessions(Session.builder().id("inauguration").kind(SessionKind.INAUGURATION_CEREMONY).date(day)
            .addPlaces(Place.builder().institution(of("shanghaitech")).building("Y Building").build())
            .addParticipants(
                Participation.of(of("wu-qing"), ParticipantRole.ATTENDEE),
                Participation.of(of("chen-qun"), ParticipantRole.UNVEILING_GUEST),
                Participation.of(of("zong-ming"), ParticipantRole.UNVEILING_GUEST),
                Participation.builder().person("li-ruxin").role(ParticipantRole.SPEAKER).contribution("Speech").build(),
                Participation.builder().person("zhu-chouwen").role(ParticipantRole.SPEAKER)
                    .contribution("Introduced the centre").build())
            .build());

    List<CooperationAgreement> agreements = new ArrayList<>();
    for (String[] hospital : HOSPITALS) {
      builder.addInstitutions(Institution.builder().id(hospital[0]).name(hospital[1])
          .kind(InstitutionKind.HOSPITAL).country(cn).build());
      agreements.add(CooperationAgreement.builder().id("shanghaitech-" + hospital[0])
          .addParties(of("shanghaitech"), of(hospital[0])).build());
    }
    return builder.addAllAgreements(agreements).build();
  }
}
