package dev.symposia.examples.howto;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.time.LocalTime;
import java.util.List;

/**
 * How-to: validate a programme and print what is wrong with it. The programme is the one of
 * {@link BuildFromScratch} with a second session at the same time as the keynote, in which the keynote
 * speaker also speaks, and a third dated after the symposium.
 */
public final class ValidateAndReport {
  private ValidateAndReport() {}

  /**
   * Validates the flawed programme and prints each finding.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on the JDK logger; the example's output is the programme.
    java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    findings().forEach(System.out::println);
  }

  /**
   * Returns the findings on the flawed programme.
   *
   * @return the findings, sorted by path; never empty
   */
  public static List<Finding> findings() {
    Symposium base = BuildFromScratch.symposium();
    Session clash = Session.builder().id("clash").kind(SessionKind.PANEL).title("Panel at the same hour")
        .date(PartialDate.of(2026, 5, 4)).time(TimeSlot.between(LocalTime.of(9, 30), LocalTime.of(10, 30)))
        .addParticipants(Participation.of(LocalId.of("josiah-carberry"), ParticipantRole.PANELIST)).build();
    Session late = Session.builder().id("late").kind(SessionKind.WORKSHOP).title("A day too late")
        .date(PartialDate.of(2026, 5, 5)).build();
    Symposium flawed = base.toBuilder().addSessions(clash, late).build();
    return Finding.all(SymposiaValidation.validate(flawed));
  }
}
