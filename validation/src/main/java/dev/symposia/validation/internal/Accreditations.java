package dev.symposia.validation.internal;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the validation rules ask of the accreditations that apply to a session
 * ({@link Symposium#accreditationsOf(Session)}). A static utility; thread-safe.
 */
final class Accreditations {
  private Accreditations() {}

  /** Tells whether a session is accredited: by its own accreditations, or by the symposium's. */
  static boolean isAccredited(Symposium symposium, Session session) {
    return !symposium.accreditationsOf(session).isEmpty();
  }

  /** Returns the accreditors named by the accreditations that apply to a session. */
  static Set<LocalId> accreditors(Symposium symposium, Session session) {
    Set<LocalId> accreditors = new HashSet<>();
    addAccreditors(symposium.accreditationsOf(session), accreditors);
    return accreditors;
  }

  /** Adds the accreditors that accreditations name. */
  static void addAccreditors(List<Accreditation> accreditations, Set<LocalId> accreditors) {
    for (Accreditation accreditation : accreditations) {
      accreditation.accreditor().ifPresent(accreditors::add);
    }
  }
}
