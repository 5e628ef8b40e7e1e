package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import dev.symposia.validation.rules.ListedWithinStatistics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates {@link ListedWithinStatistics} on a symposium. Thread-safe. */
public final class ListedWithinStatisticsValidator extends RuleValidator<ListedWithinStatistics, Symposium> {
  /** Creates the validator. */
  public ListedWithinStatisticsValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<Session> sessions = symposium.sessions();
    List<Statistic> statistics = symposium.statistics();
    People people = new People(sessions, symposium.speakers().size());
    for (int i = 0; i < statistics.size(); i++) {
      Statistic statistic = statistics.get(i);
      long listed = listed(statistic, sessions, people);
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
        } else {
          listed = statistic.sessionKind().isPresent() ? 0 : listed(statistic, List.of(session), null);
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
   * @param people the symposium's people counts, when the sessions are all of its sessions; else null
   */
  private static long listed(Statistic statistic, Collection<Session> sessions, People people) {
    if (!statistic.countries().isEmpty() || !statistic.institutionKinds().isEmpty()
        || !statistic.topics().isEmpty() || statistic.description().isPresent()) {
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
        long[] counts = people != null ? people.of(statistic.sessionKind().orElse(null))
            : count(sessions, statistic.sessionKind().orElse(null), 16);
        return statistic.measure() == Measure.SPEAKERS ? counts[0] : counts[1];
      default:
        return 0;
    }
  }

  /**
   * Counts the distinct speakers and the distinct people among the participants of the sessions of one
   * kind (any kind for null), in one walk.
   *
   * @return the speakers at 0 and the people at 1
   */
  private static long[] count(Collection<Session> sessions, SessionKind kind, int expected) {
    Set<LocalId> speakers = new HashSet<>(expected * 4 / 3 + 1);
    Set<LocalId> people = new HashSet<>(expected * 4 / 3 + 1);
    for (Session session : sessions) {
      if (kind != null && kind != session.kind()) {
        continue;
      }
      List<Participation> participants = session.participants();
      for (int i = 0; i < participants.size(); i++) {
        Participation participation = participants.get(i);
        if (participation.person().isPresent()) {
          LocalId person = participation.person().get();
          people.add(person);
          if (speaks(participation.role())) {
            speakers.add(person);
          }
        }
      }
    }
    return new long[] {speakers.size(), people.size()};
  }

  /**
   * The people counts of a whole symposium by session kind, each made once: a programme states its speaker
   * and participant totals side by side, and each count walks every participation.
   */
  private static final class People {
    private final List<Session> sessions;
    private final int speakers;
    private final Map<SessionKind, long[]> byKind = new EnumMap<>(SessionKind.class);
    private long[] all;

    People(List<Session> sessions, int speakers) {
      this.sessions = sessions;
      this.speakers = speakers;
    }

    long[] of(SessionKind kind) {
      if (kind == null) {
        if (all == null) {
          all = count(sessions, null, speakers);
        }
        return all;
      }
      return byKind.computeIfAbsent(kind, k -> count(sessions, k, speakers));
    }
  }

  private static boolean speaks(ParticipantRole role) {
    return role == ParticipantRole.SPEAKER || role == ParticipantRole.KEYNOTE_SPEAKER;
  }
}
