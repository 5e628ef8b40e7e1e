package dev.symposia.validation.internal;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which accreditations apply to a session: its own and, unless it is a satellite symposium (which a company
 * organises beside the scientific programme), the symposium's. A static utility; thread-safe.
 */
final class Accreditations {
  private Accreditations() {}

  /** Tells whether the symposium's accreditations extend to a session: all but satellite symposia. */
  static boolean symposiumsApply(Session session) {
    return session.kind() != SessionKind.SATELLITE_SYMPOSIUM;
  }

  /** Tells whether a session is accredited: by its own accreditations, or by the symposium's. */
  static boolean isAccredited(Symposium symposium, Session session) {
    return !session.accreditations().isEmpty()
        || !symposium.accreditations().isEmpty() && symposiumsApply(session);
  }

  /** Returns the accreditors named by the accreditations that apply to a session. */
  static Set<LocalId> accreditors(Symposium symposium, Session session) {
    Set<LocalId> accreditors = new HashSet<>();
    addAccreditors(session.accreditations(), accreditors);
    if (symposiumsApply(session)) {
      addAccreditors(symposium.accreditations(), accreditors);
    }
    return accreditors;
  }

  /** Adds the accreditors that accreditations name. */
  static void addAccreditors(List<Accreditation> accreditations, Set<LocalId> accreditors) {
    for (Accreditation accreditation : accreditations) {
      accreditation.accreditor().ifPresent(accreditors::add);
    }
  }
}
