package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.ZoneId;

/**
 * A fictional accredited meeting for the rules on credits, disclosures, commercial support and abstracts:
 * every person, institution and company here is made up.
 */
final class CmeFixtures {
  /** The accreditor: a fictional continuing medical education board. */
  static final String BOARD = "northfield-cme-board";
  /** A fictional pharmaceutical company. */
  static final String MERIDIAN = "meridian-pharma";

  private CmeFixtures() {}

  /**
   * Northfield Cardiology Days (fictional), 2025-10-25/2025-10-26 in London (clocks go back at 02:00 on the
   * 26th), with Northfield Medical University, its CME board and Meridian Pharma (fictional), and three
   * speakers, of whom Aster Lin alone has a disclosure.
   */
  static Symposium.Builder meeting() {
    return Symposium.builder().id("northfield-cardiology-2025").title("Northfield Cardiology Days (fictional)")
        .dates(DateSpan.parse("2025-10-25/2025-10-26")).timeZone(ZoneId.of("Europe/London"))
        .addInstitutions(
            Institution.builder().id("northfield").name("Northfield Medical University")
                .kind(InstitutionKind.UNIVERSITY).build(),
            Institution.builder().id(BOARD).name("Northfield CME Board (fictional)").kind(InstitutionKind.COMMITTEE)
                .build(),
            Institution.builder().id(MERIDIAN).name("Meridian Pharma (fictional)").kind(InstitutionKind.COMPANY)
                .build())
        .addSpeakers(
            Speaker.builder().id("aster-lin").name(PersonName.givenFirst("Aster", "Lin")).build(),
            Speaker.builder().id("tomas-verlaine").name(PersonName.givenFirst("Tomas", "Verlaine")).build(),
            Speaker.builder().id("mira-osei").name(PersonName.givenFirst("Mira", "Osei")).build())
        .addDisclosures(Disclosure.nothingToDisclose(of("aster-lin")));
  }

  /** A session of a kind on a date (ISO form) at a time (TimeSlot form); either may be null. */
  static Session.Builder session(String id, SessionKind kind, String date, String time) {
    Session.Builder session = Session.builder().id(id).kind(kind);
    if (date != null) {
      session.date(PartialDate.parse(date));
    }
    if (time != null) {
      session.time(TimeSlot.parse(time));
    }
    return session;
  }

  /** An accreditation by an accreditor (null for none stated) with no credits. */
  static Accreditation.Builder accreditation(String accreditor) {
    Accreditation.Builder accreditation = Accreditation.builder();
    if (accreditor != null) {
      accreditation.accreditor(accreditor);
    }
    return accreditation;
  }

  /** The board's accreditation for credits of a kind, in the amount given as decimal text. */
  static Accreditation credits(CreditKind kind, String amount) {
    return accreditation(BOARD).addCredits(credit(kind, amount)).build();
  }

  /** Credits of a kind, in the amount given as decimal text. */
  static Credit credit(CreditKind kind, String amount) {
    return Credit.builder().kind(kind).amount(amount).build();
  }

  /** A participation of a speaker as speaker. */
  static Participation speaker(String person) {
    return Participation.of(of(person), ParticipantRole.SPEAKER);
  }

  /** Meridian's support of a kind. */
  static CommercialSupport meridian(SupportKind kind) {
    return CommercialSupport.builder().company(MERIDIAN).kind(kind).build();
  }
}
