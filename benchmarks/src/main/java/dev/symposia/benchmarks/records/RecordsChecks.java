package dev.symposia.benchmarks.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a service would write by hand over the records, the baseline for the validation module's
 * growth: every reference resolves (positions and places to institutions, participants to speakers, parts
 * to sessions, parties and signatories to institutions and speakers) and no person or room is booked twice
 * for the same date and time. Hash sets keyed by strings, as such code is written; no more than one pass
 * over each list.
 *
 * <p>Thread-safe: stateless.
 */
public final class RecordsChecks {
  private RecordsChecks() {}

  /**
   * Counts the problems of a programme: references that resolve to nothing, and people and rooms booked
   * twice for one date and time.
   *
   * @param symposium the programme; not null
   * @return the number of problems found; 0 for the generated programmes
   */
  public static int problems(Records.Symposium symposium) {
    int problems = 0;
    Set<String> institutions = new HashSet<>();
    for (Records.Institution institution : symposium.institutions()) {
      institutions.add(institution.id());
    }
    for (Records.Institution institution : symposium.institutions()) {
      problems += dangles(institution.parent(), institutions);
    }
    Set<String> speakers = new HashSet<>();
    for (Records.Speaker speaker : symposium.speakers()) {
      speakers.add(speaker.id());
      for (Records.Position position : speaker.positions()) {
        problems += dangles(position.institution(), institutions);
      }
    }
    Set<String> sessions = new HashSet<>();
    for (Records.Session session : symposium.sessions()) {
      sessions.add(session.id());
    }
    Map<String, String> booked = new HashMap<>();
    for (Records.Session session : symposium.sessions()) {
      problems += dangles(session.partOf(), sessions);
      String when = session.date() + " " + session.time();
      for (Records.Participation participation : session.participants()) {
        problems += dangles(participation.person(), speakers);
        if (participation.person() != null && session.time() != null
            && isTakenByOther(booked, participation.person() + " " + when, session.id())) {
          problems++;
        }
      }
      for (Records.Place place : session.places()) {
        problems += dangles(place.institution(), institutions);
        if (place.room() != null && session.time() != null
            && isTakenByOther(booked, first(place.room()) + " " + first(place.building()) + " " + when, session.id())) {
          problems++;
        }
      }
    }
    for (Records.Agreement agreement : symposium.agreements()) {
      for (String party : agreement.parties()) {
        problems += dangles(party, institutions);
      }
      for (Records.Signatory signatory : agreement.signatories()) {
        problems += dangles(signatory.person(), speakers);
        problems += dangles(signatory.party(), institutions);
      }
    }
    return problems;
  }

  private static int dangles(String reference, Set<String> declared) {
    return reference != null && !declared.contains(reference) ? 1 : 0;
  }

  private static String first(Records.Text text) {
    return text == null ? null : text.texts().values().iterator().next();
  }

  private static boolean isTakenByOther(Map<String, String> booked, String key, String session) {
    String holder = booked.putIfAbsent(key, session);
    return holder != null && !holder.equals(session);
  }
}
