package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.quantity.Count;
import dev.symposia.validation.rules.ListedWithinStatistics;
import java.util.ArrayList;
import java.util.Collection;
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
    for (int i = 0; i < statistics.size(); i++) {
      Statistic statistic = statistics.get(i);
      long listed = listed(statistic, sessions);
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
          listed = listed(statistic, children.getOrDefault(session.id(), List.of()));
        } else {
          listed = statistic.sessionKind().isPresent() ? 0 : listed(statistic, List.of(session));
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

  /** Counts what the statistic counts among the given sessions, or returns 0 when it cannot be told. */
  private static long listed(Statistic statistic, Collection<Session> sessions) {
    if (!statistic.countries().isEmpty() || !statistic.institutionKinds().isEmpty()
        || !statistic.topics().isEmpty() || statistic.description().isPresent()) {
      return 0;
    }
    switch (statistic.measure()) {
      case SESSIONS:
        return sessions.stream().filter(s -> statistic.sessionKind().map(k -> k == s.kind()).orElse(true))
            .filter(s -> statistic.mode().map(m -> s.mode().orElse(null) == m).orElse(true)).count();
      case SPEAKERS:
        return statistic.mode().isPresent() ? 0 : people(statistic, sessions, true);
      case PARTICIPANTS:
        return statistic.mode().isPresent() ? 0 : people(statistic, sessions, false);
      default:
        return 0;
    }
  }

  private static long people(Statistic statistic, Collection<Session> sessions, boolean speakersOnly) {
    Set<LocalId> people = new HashSet<>();
    for (Session session : sessions) {
      if (statistic.sessionKind().isPresent() && statistic.sessionKind().get() != session.kind()) {
        continue;
      }
      for (Participation participation : session.participants()) {
        if (participation.person().isPresent() && (!speakersOnly || speaks(participation.role()))) {
          people.add(participation.person().get());
        }
      }
    }
    return people.size();
  }

  private static boolean speaks(ParticipantRole role) {
    return role == ParticipantRole.SPEAKER || role == ParticipantRole.KEYNOTE_SPEAKER;
  }
}
