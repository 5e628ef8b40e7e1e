package dev.symposia.examples.howto;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.disclosure.RelationshipKind;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.examples.ProgrammePrinter;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.presentation.PresentationFormat;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How-to: what a medical congress carries that generic event models do not: accreditation for continuing
 * medical education, the speakers' disclosures, commercial support apart from the academic organisers, a
 * satellite symposium with its sponsor, posters with DOIs and a published recording; and a webinar series
 * recorded once as a rule ("the first Tuesday of each month at 18:00 Central European time, twelve times in
 * 2025"), one webinar moved and one cancelled, placed on the real timeline across both clock changes.
 *
 * <p>Everything here is fictional: the congress, its institutions, its companies, its accreditor and every
 * person in it but Josiah Carberry (the fictional professor of ORCID's test record). The DOIs are under
 * {@code 10.5555}, the prefix Crossref keeps for tests, and the addresses under {@code example.org}.
 *
 * <ul>
 *   <li>The congress is accredited by the (fictional) Northfield National CME Commission for 12 national
 *       category I credits; its hands-on workshop is accredited on its own for 3 credits.</li>
 *   <li>Josiah Carberry has nothing to disclose; Imogen Vale declares consulting fees from Meridian
 *       Therapeutics and research funding from Meridian Therapeutics and Harrow Devices.</li>
 *   <li>Harrow Devices gives an educational grant and exhibits; Meridian Therapeutics sponsors the satellite
 *       symposium, a session of the programme that is not accredited, and is no organiser of the congress.</li>
 *   <li>The poster session presents two posters with numbers, authors and DOIs; the keynote's recording is
 *       published.</li>
 *   <li>The webinar series of 2025, online from Europe/Berlin, is one session with a rule: twelve first
 *       Tuesdays from 7 January at 18:00, the April webinar moved to the 8th, the August one cancelled. Each
 *       webinar is accredited for one credit, and its moderator's disclosure is one for this series.</li>
 * </ul>
 * The program prints the programme, the accreditations, the disclosures and the support, the webinars with
 * their times in UTC (17:00 in winter, 16:00 in summer), the validation findings (none) and the canonical JSON
 * of both records.
 */
public final class AccreditedCongress {
  // Kept in a field: the JDK holds loggers weakly, and a collected one forgets its level.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 12);
  private static final LocalDate SECOND_DAY = LocalDate.of(2026, 3, 13);
  private static final LocalId UNIVERSITY = LocalId.of("northfield-medical-university");
  private static final LocalId COMMISSION = LocalId.of("northfield-cme-commission");
  private static final LocalId MERIDIAN = LocalId.of("meridian-therapeutics");
  private static final LocalId HARROW = LocalId.of("harrow-devices");
  private static final LocalId CARBERRY = LocalId.of("josiah-carberry");
  private static final LocalId VALE = LocalId.of("imogen-vale");
  private static final LocalId OKAFOR = LocalId.of("ada-okafor");

  private AccreditedCongress() {}

  /**
   * Prints the programme, what is accredited, disclosed and supported, the findings and the JSON document.
   *
   * @param args ignored
   * @throws IOException never in practice: the congress is valid
   */
  public static void main(String[] args) throws IOException {
    // Hibernate Validator announces its version on the JDK logger; the example's output is the programme.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    Symposium congress = symposium();
    System.out.print(ProgrammePrinter.print(congress));
    System.out.println();
    System.out.print(medicalFacts(congress));
    Symposium webinars = webinarSeries();
    System.out.print(webinarDates(webinars));
    List<Finding> findings = new ArrayList<>(Finding.all(SymposiaValidation.validate(congress)));
    findings.addAll(Finding.all(SymposiaValidation.validate(webinars)));
    System.out.println(findings.isEmpty() ? "Validation: no findings" : "Validation: " + findings);
    System.out.println();
    System.out.print(SymposiaJson.standard().write(congress));
    System.out.println();
    System.out.print(SymposiaJson.standard().write(webinars));
  }

  /**
   * Returns each webinar of the series as a line: its date, its start and end in UTC, and whether it moved.
   *
   * @param series the webinar series; not null
   * @return the lines; never null
   */
  public static String webinarDates(Symposium series) {
    StringBuilder out = new StringBuilder();
    for (Session session : series.sessions()) {
      for (Occurrence occurrence : series.occurrences(session)) {
        out.append("Webinar ").append(occurrence.date());
        occurrence.interval().ifPresent(i -> out.append(", ").append(i.start().toLocalTime()).append(' ')
            .append(i.start().getOffset()).append(" = ").append(i.start().toInstant()).append(" to ")
            .append(i.end().toInstant()));
        if (occurrence.isChanged()) {
          out.append(" (moved from ").append(occurrence.ruleDate()).append(')');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Returns, a line each, the accreditations of the congress and its sessions, the disclosures, the
   * commercial support and the posters.
   *
   * @param congress the congress; not null
   * @return the lines; never null
   */
  public static String medicalFacts(Symposium congress) {
    StringBuilder out = new StringBuilder();
    congress.accreditations().forEach(a -> out.append("Accredited: ").append(describe(congress, a)).append('\n'));
    for (Session session : congress.sessions()) {
      session.accreditations().forEach(a -> out.append("Accredited on its own: ").append(session.id())
          .append(", ").append(describe(congress, a)).append('\n'));
      session.commercialSupport().forEach(s -> out.append("Sponsored session: ").append(session.id())
          .append(", ").append(s.kind().name().toLowerCase(Locale.ROOT)).append(" by ")
          .append(name(congress, s.company())).append('\n'));
      session.abstracts().forEach(a -> out.append("Poster ").append(a.number().orElse("(no number)")).append(": ")
          .append(a.title().map(LocalizedText::text).orElse("")).append(a.doi().map(d -> ", " + d.uri()).orElse(""))
          .append('\n'));
      session.materials().forEach(m -> out.append("Published: ").append(session.id()).append(' ')
          .append(m.kind().name().toLowerCase(Locale.ROOT)).append(m.url().map(u -> " at " + u).orElse(""))
          .append('\n'));
    }
    for (Disclosure disclosure : congress.disclosures()) {
      out.append("Disclosure of ").append(congress.speaker(disclosure.speaker()).map(Speaker::displayName)
          .orElse(disclosure.speaker().value())).append(": ");
      if (disclosure.nothingToDisclose()) {
        out.append("nothing to disclose");
      } else {
        for (int i = 0; i < disclosure.relationships().size(); i++) {
          FinancialRelationship relationship = disclosure.relationships().get(i);
          out.append(i == 0 ? "" : "; ").append(relationship.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
              .append(" (");
          for (int j = 0; j < relationship.companies().size(); j++) {
            out.append(j == 0 ? "" : ", ").append(name(congress, relationship.companies().get(j)));
          }
          out.append(')');
        }
      }
      out.append('\n');
    }
    congress.commercialSupport().forEach(s -> out.append("Commercial support: ")
        .append(s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" by ")
        .append(name(congress, s.company())).append('\n'));
    return out.toString();
  }

  /**
   * Returns the webinar series this how-to records: one session on a rule.
   *
   * @return the Northfield Cardio-Oncology Webinars 2025; never null
   */
  public static Symposium webinarSeries() {
    Recurrence firstTuesdays = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY)
        .addDays(DayOfWeek.TUESDAY).weekOfMonth(1).count(12)
        .addChanges(RecurrenceChange.move(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8)),
            RecurrenceChange.cancel(LocalDate.of(2025, 8, 5)))
        .build();
    return Symposium.builder().id("northfield-cardio-oncology-webinars-2025")
        .title("Northfield Cardio-Oncology Webinars 2025")
        .dates(DateSpan.between(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 12, 2)))
        .timeZone(ZoneId.of("Europe/Berlin")).mode(AttendanceMode.ONLINE)
        .addInstitutions(
            Institution.builder().id(UNIVERSITY).name("Northfield Medical University")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("IE")).build(),
            Institution.builder().id(COMMISSION).name("Northfield National CME Commission")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(CountryCode.of("IE")).build())
        .addInstitutionRoles(InstitutionParticipation.of(UNIVERSITY, InstitutionRole.ORGANISER))
        .addSpeakers(Speaker.builder().id(VALE).name(PersonName.givenFirst("Imogen", "Vale"))
            .addPositions(Position.of("Professor of Cardio-Oncology", UNIVERSITY)).build())
        .addSessions(Session.builder().id("webinar").kind(SessionKind.OTHER).kindLabel(LocalizedText.of("webinar"))
            .title("Cardio-oncology case of the month").date(PartialDate.of(LocalDate.of(2025, 1, 7)))
            .time(TimeSlot.parse("18:00/19:00")).recurrence(firstTuesdays).mode(AttendanceMode.ONLINE)
            .addParticipants(Participation.of(VALE, ParticipantRole.MODERATOR))
            .addAccreditations(Accreditation.builder().accreditor(COMMISSION)
                .addCredits(Credit.builder().kind(CreditKind.NATIONAL).amount("1")
                    .label(LocalizedText.of("national category I credit")).build())
                .build())
            .build())
        .addDisclosures(Disclosure.nothingToDisclose(VALE))
        .build();
  }

  private static String describe(Symposium congress, Accreditation accreditation) {
    StringBuilder text = new StringBuilder();
    for (Credit credit : accreditation.credits()) {
      text.append(text.length() == 0 ? "" : ", ").append(credit.amount().map(BigDecimal::toPlainString).orElse(""))
          .append(' ').append(credit.label().map(LocalizedText::text).orElse(credit.kind().name()));
    }
    accreditation.accreditor().ifPresent(a -> text.append(" by ").append(name(congress, a)));
    accreditation.activityId().ifPresent(id -> text.append(" (activity ").append(id).append(')'));
    return text.toString();
  }

  private static String name(Symposium congress, LocalId institution) {
    return congress.institution(institution).flatMap(Institution::name).map(LocalizedText::text)
        .orElse(institution.value());
  }

  private static Place room(String name) {
    return Place.builder().institution(UNIVERSITY).room(name).build();
  }

  /**
   * Returns the congress this how-to records.
   *
   * @return the Northfield Congress of Cardio-Oncology 2026; never null
   */
  public static Symposium symposium() {
    Credit twelve = Credit.builder().kind(CreditKind.NATIONAL).amount("12")
        .label(LocalizedText.of("national category I credits")).build();
    Credit three = Credit.builder().kind(CreditKind.NATIONAL).amount("3")
        .label(LocalizedText.of("national category I credits")).build();
    return Symposium.builder().id("northfield-cardio-oncology-2026")
        .title("Northfield Congress of Cardio-Oncology 2026")
        .dates(DateSpan.between(FIRST_DAY, SECOND_DAY)).timeZone(ZoneId.of("Europe/Dublin"))
        .mode(AttendanceMode.IN_PERSON)
        .addPlaces(Place.builder().city("Northfield").country(CountryCode.of("IE")).institution(UNIVERSITY)
            .isMainVenue(true).build())
        .addInstitutions(
            Institution.builder().id(UNIVERSITY).name("Northfield Medical University")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("IE")).build(),
            Institution.builder().id(COMMISSION).name("Northfield National CME Commission")
                .kind(InstitutionKind.GOVERNMENT_BODY).country(CountryCode.of("IE")).build(),
            Institution.builder().id(MERIDIAN).name("Meridian Therapeutics").kind(InstitutionKind.COMPANY).build(),
            Institution.builder().id(HARROW).name("Harrow Devices").kind(InstitutionKind.COMPANY).build())
        .addInstitutionRoles(InstitutionParticipation.of(UNIVERSITY, InstitutionRole.HOST))
        .addSpeakers(
            Speaker.builder().id(CARBERRY).name(PersonName.givenFirst("Josiah", "Carberry"))
                .orcid(Orcid.parse("0000-0002-1825-0097")).build(),
            Speaker.builder().id(VALE).name(PersonName.givenFirst("Imogen", "Vale"))
                .addPositions(Position.of("Professor of Cardio-Oncology", UNIVERSITY)).build(),
            Speaker.builder().id(OKAFOR).name(PersonName.givenFirst("Ada", "Okafor"))
                .addPositions(Position.of("Research Fellow", UNIVERSITY)).build())
        .addSessions(
            Session.builder().id("keynote").kind(SessionKind.KEYNOTE).title("Heart and tumour: one patient")
                .date(PartialDate.of(FIRST_DAY)).time(TimeSlot.parse("09:00/10:00")).addPlaces(room("Great Hall"))
                .addParticipants(Participation.of(CARBERRY, ParticipantRole.KEYNOTE_SPEAKER))
                .addMaterials(Material.builder().kind(MaterialKind.RECORDING)
                    .url(URI.create("https://video.example.org/northfield-2026/keynote")).build())
                .build(),
            Session.builder().id("workshop").kind(SessionKind.WORKSHOP).title("Echocardiography after chemotherapy")
                .date(PartialDate.of(FIRST_DAY)).time(TimeSlot.parse("11:00/14:00")).addPlaces(room("Skills Lab"))
                .addParticipants(Participation.of(VALE, ParticipantRole.MODERATOR))
                .addAccreditations(Accreditation.builder().accreditor(COMMISSION).activityId("NCC-2026-0417")
                    .addCredits(three).build())
                .build(),
            Session.builder().id("posters").kind(SessionKind.POSTER).title("Posters")
                .date(PartialDate.of(FIRST_DAY)).time(TimeSlot.parse("15:00/16:30")).addPlaces(room("Atrium"))
                .addParticipants(Participation.of(OKAFOR, ParticipantRole.SPEAKER))
                .addAbstracts(
                    Abstract.builder().number("P-01").format(PresentationFormat.POSTER)
                        .title("Troponin after the first cycle: a fictional cohort").addAuthors(OKAFOR, VALE)
                        .doi(Doi.parse("10.5555/northfield.2026.p01")).build(),
                    Abstract.builder().number("P-02").format(PresentationFormat.POSTER)
                        .title("Strain imaging in a fictional registry").addAuthors(VALE, OKAFOR)
                        .addPartialLists("authors").doi(Doi.parse("10.5555/northfield.2026.p02")).build())
                .build(),
            Session.builder().id("satellite").kind(SessionKind.SATELLITE_SYMPOSIUM)
                .title("New options in cardioprotection").date(PartialDate.of(SECOND_DAY))
                .time(TimeSlot.parse("12:30/13:30")).addPlaces(room("Great Hall"))
                .addParticipants(Participation.of(VALE, ParticipantRole.SPEAKER))
                .addCommercialSupport(CommercialSupport.builder().company(MERIDIAN).kind(SupportKind.SPONSORSHIP)
                    .build())
                .build())
        .addAccreditations(Accreditation.builder().accreditor(COMMISSION)
            .scheme(LocalizedText.of("National continuing medical education programme"))
            .activityId("NCC-2026-0388").addCredits(twelve).build())
        .addCommercialSupport(
            CommercialSupport.builder().company(HARROW).kind(SupportKind.EDUCATIONAL_GRANT)
                .description(LocalizedText.of("an unrestricted educational grant")).build(),
            CommercialSupport.builder().company(HARROW).kind(SupportKind.EXHIBITOR).build())
        .addDisclosures(
            Disclosure.nothingToDisclose(CARBERRY),
            Disclosure.builder().speaker(VALE)
                .addRelationships(
                    FinancialRelationship.builder().kind(RelationshipKind.CONSULTING).addCompanies(MERIDIAN).build(),
                    FinancialRelationship.builder().kind(RelationshipKind.RESEARCH_FUNDING)
                        .addCompanies(MERIDIAN, HARROW).build())
                .build(),
            Disclosure.nothingToDisclose(OKAFOR))
        .build();
  }
}
