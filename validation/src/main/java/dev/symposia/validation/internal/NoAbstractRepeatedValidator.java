package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.presentation.Abstract;
import dev.symposia.validation.rules.NoAbstractRepeated;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates {@link NoAbstractRepeated} on a symposium, in one pass with a hash map. Thread-safe. */
public final class NoAbstractRepeatedValidator extends RuleValidator<NoAbstractRepeated, Symposium> {
  private static final String IN_SYMPOSIUM = "{dev.symposia.validation.rules.NoAbstractRepeated.symposium.message}";

  /** Creates the validator. */
  public NoAbstractRepeatedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    // The first abstract with each number, and the session it is in (null for the symposium as a whole).
    Map<String, First> firsts = new HashMap<>();
    // Every abstract with a number read so far: one met again, equal, is not reported again.
    Set<Abstract> seen = new HashSet<>();
    List<Participation> participants = symposium.participants();
    for (int j = 0; j < participants.size(); j++) {
      if (participants.get(j).presentedAbstract().isPresent()) {
        see(participants.get(j).presentedAbstract().get(), null, firsts, seen, offences,
            at("participants", j, "presentedAbstract", "number"));
      }
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      for (int j = 0; j < session.abstracts().size(); j++) {
        see(session.abstracts().get(j), session, firsts, seen, offences, at("sessions", i, "abstracts", j, "number"));
      }
      for (int j = 0; j < session.participants().size(); j++) {
        if (session.participants().get(j).presentedAbstract().isPresent()) {
          see(session.participants().get(j).presentedAbstract().get(), session, firsts, seen, offences,
              at("sessions", i, "participants", j, "presentedAbstract", "number"));
        }
      }
    }
  }

  private static void see(Abstract paper, Session session, Map<String, First> firsts, Set<Abstract> seen,
      Offences offences, Object[] path) {
    if (paper.number().isEmpty() || !seen.add(paper)) {
      return;
    }
    String number = paper.number().get();
    // Not equal to the first with its number, which is in seen.
    First first = firsts.putIfAbsent(number, new First(session));
    if (first == null) {
      return;
    }
    if (first.session == null) {
      offences.addWithMessage(IN_SYMPOSIUM, path, "number", number);
    } else {
      offences.add(path, "number", number, "other", first.session.id());
    }
  }

  private static final class First {
    final Session session;

    First(Session session) {
      this.session = session;
    }
  }
}
