package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Measure;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import dev.symposia.validation.rules.StatsListed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Validates {@link StatsListed} on a symposium. Thread-safe. */
public final class StatsListedValidator extends RuleValidator<StatsListed, Symposium> {
  /** Creates the validator. */
  public StatsListedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    List<Statistic> statistics = symposium.statistics();
    People people = new People(symposium.derived(SessionTable.DERIVATION));
    for (int i = 0; i < statistics.size(); i++) {
      Statistic statistic = statistics.get(i);
      long listed = listed(statistic, sessions, people::of);
      if (Count.exactly(listed).isCertainlyGreaterThan(statistic.count())) {
        offences.add(at("statistics", i), "statistic", statistic, "listed", listed);
      }
    }
    Map<LocalId, List<Session>> children = null;
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      List<Statistic> own = session.statistics();
      for (int j = 0; j < own.size(); j++) {
        Statistic statistic = own.get(j);
        long listed;
        if (statistic.measure() == Measure.SESSIONS) {
          if (children == null) {
            children = children(sessions);
          }
          listed = listed(statistic, children.getOrDefault(session.id(), List.of()), null);
        } else if (statistic.sessionKind().isPresent()) {
          listed = 0;
        } else {
          int index = i;
          listed = listed(statistic, List.of(session), kind -> people.inSession(index, kind));
        }
        if (Count.exactly(listed).isCertainlyGreaterThan(statistic.count())) {
          offences.add(at("sessions", i, "statistics", j), "statistic", statistic, "listed", listed);
        }
      }
    }
  }

  private static Map<LocalId, List<Session>> children(List<Session> sessions) {
    Map<LocalId, List<Session>> children = new HashMap<>();
    for (Session session : sessions) {
      session.partOf().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(session));
    }
    return children;
  }

  /**
   * Counts what the statistic counts among the given sessions, or returns 0 when it cannot be told.
   *
   * @param people the distinct speakers (at 0) and people (at 1) of those sessions, for a kind of session
   *     or for any kind (null); used only for statistics of people
   */
  private static long listed(Statistic statistic, Collection<Session> sessions,
      Function<SessionKind, long[]> people) {
    if (!statistic.countries().isEmpty() || !statistic.institutionKinds().isEmpty()
        || !statistic.topics().isEmpty() || statistic.description().isPresent() || statistic.share().isPresent()) {
      // Narrowed in a way the listing cannot tell, a share of another statistic included.
      return 0;
    }
    switch (statistic.measure()) {
      case SESSIONS:
        return sessions.stream().filter(s -> statistic.sessionKind().map(k -> k == s.kind()).orElse(true))
            .filter(s -> statistic.mode().map(m -> s.mode().orElse(null) == m).orElse(true)).count();
      case SPEAKERS:
      case PARTICIPANTS:
        if (statistic.mode().isPresent()) {
          return 0;
        }
        long[] counts = people.apply(statistic.sessionKind().orElse(null));
        return statistic.measure() == Measure.SPEAKERS ? counts[0] : counts[1];
      default:
        return 0;
    }
  }

  /**
   * Counts the distinct speakers and the distinct people among participants, from the session table. The
   * whole symposium's counts are made once for each kind of session: a programme states its speaker and
   * participant totals side by side.
   */
  private static final class People {
    private final SessionTable table;
    private final Map<SessionKind, long[]> byKind = new EnumMap<>(SessionKind.class);
    private long[] all;
    // The count (numbered from 1) in which each person was last counted, as a person and as a speaker:
    // no set to clear between counts.
    private int[] countedAsPerson;
    private int[] countedAsSpeaker;
    private int count;

    People(SessionTable table) {
      this.table = table;
    }

    long[] of(SessionKind kind) {
      if (kind == null) {
        if (all == null) {
          all = count(0, table.size(), null);
        }
        return all;
      }
      return byKind.computeIfAbsent(kind, k -> count(0, table.size(), k));
    }

    long[] inSession(int session, SessionKind kind) {
      return count(session, session + 1, kind);
    }

    /** Counts among sessions {@code from} to {@code to - 1} of one kind (any kind for null). */
    private long[] count(int from, int to, SessionKind kind) {
      if (countedAsPerson == null) {
        countedAsPerson = new int[table.persons()];
        countedAsSpeaker = new int[table.persons()];
      }
      count++;
      long speakers = 0;
      long people = 0;
      for (int i = from; i < to; i++) {
        if (kind != null && kind != table.kind(i)) {
          continue;
        }
        for (int k = table.firstParticipation(i); k < table.firstParticipation(i + 1); k++) {
          int person = table.person(k);
          if (person < 0) {
            continue;
          }
          if (countedAsPerson[person] != count) {
            countedAsPerson[person] = count;
            people++;
          }
          if (table.speaks(k) && countedAsSpeaker[person] != count) {
            countedAsSpeaker[person] = count;
            speakers++;
          }
        }
      }
      return new long[] {speakers, people};
    }
  }
}
