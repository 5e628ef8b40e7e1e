package dev.symposia.event;

import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.ReferenceCheck.Kind;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The institutions, speakers, sessions and agreements of a symposium, gathered one at a time, each with its
 * references resolved as it is added: the fast way to build a large programme that is read or generated in
 * order.
 *
 * <pre>{@code
 * Entities entities = new Entities();
 * entities.add(institution).add(speaker).add(session);
 * Symposium symposium = Symposium.builder().id("isctm-2022").title("ISCTM 2022").dates(dates)
 *     .entities(entities).build();
 * }</pre>
 *
 * <p>Why: building a symposium resolves every reference of its programme, which means walking the whole
 * programme again once it is made, when its parts have long left the processor's caches (for 10,000 sessions
 * read from JSON, about a sixth of the time of reading them). This class resolves each entity's references
 * when it is added, while the entity is fresh, against the entities added before it; a reference to one
 * added later is resolved when the symposium is built. {@link Symposium.Builder#build()} then checks, by
 * identity alone, that the symposium's four lists are exactly the entities gathered here, and walks only
 * the symposium's other parts (its places, institution roles, participants of the symposium as a whole,
 * awards and related events). For the same reason it notes, as each session is added, what the rules over
 * all sessions need (its day for the check of times against the symposium's zone, whether it recurs, whether
 * its statistics are linked), so that building does not visit every session again for them.
 *
 * <p>It can make building faster, never let a wrong reference through: if an entity was added to the
 * builder in another way, a list was replaced, an identifier was declared twice, a reference names an
 * entity of another kind or does not resolve, the builder resolves the whole programme as it always does
 * and refuses the first offence with its path.
 *
 * <p>Not thread-safe: use an instance on one thread, like a builder.
 */
public final class Entities {
  private static final String TYPE = "Symposium";

  private final Gathered<Institution> institutions = new Gathered<>(new Institution[0]);
  private final Gathered<Speaker> speakers = new Gathered<>(new Speaker[0]);
  private final Gathered<Session> sessions = new Gathered<>(new Session[0]);
  private final Gathered<CooperationAgreement> agreements = new Gathered<>(new CooperationAgreement[0]);
  private final ReferenceCheck references = new ReferenceCheck(64);
  private final ReferenceCheck.Unresolved deferOrFail = this::deferOrFail;
  // References to identifiers not declared yet, resolved when the symposium is built.
  private LocalId[] pending = new LocalId[16];
  private Kind[] pendingKinds = new Kind[16];
  private int pendingCount;
  private boolean failed;
  // What building the symposium checks of its sessions as a whole, noted for each session as it is added,
  // while it is still in the processor's caches: walking 10,000 sessions again for these took about 7 % of
  // the time of reading them. See SessionTimes.key.
  private long[] sessionKeys = new long[16];
  private boolean anyRecurrence;
  private boolean anySessionStatisticLink;

  /** Starts with no entities. */
  public Entities() {}

  /**
   * Adds an institution and resolves its references (parent, ties).
   *
   * @param institution the institution; not null
   * @return this
   * @throws InvalidModelException if {@code institution} is null
   */
  public Entities add(Institution institution) {
    int index = institutions.size();
    institutions.append(required(institution, "institutions"));
    declare(institution.id(), Kind.INSTITUTION);
    references.institution(institution, index, deferOrFail);
    references.entityAdded();
    return this;
  }

  /**
   * Adds a speaker and resolves its references (the institutions of its positions).
   *
   * @param speaker the speaker; not null
   * @return this
   * @throws InvalidModelException if {@code speaker} is null
   */
  public Entities add(Speaker speaker) {
    int index = speakers.size();
    speakers.append(required(speaker, "speakers"));
    declare(speaker.id(), Kind.SPEAKER);
    references.speaker(speaker, index, deferOrFail);
    references.entityAdded();
    return this;
  }

  /**
   * Adds a session and resolves its references (the session it is part of, its places' institutions, its
   * participants and the institutions of the places they joined from).
   *
   * @param session the session; not null
   * @return this
   * @throws InvalidModelException if {@code session} is null
   */
  public Entities add(Session session) {
    int index = sessions.size();
    sessions.append(required(session, "sessions"));
    declare(session.id(), Kind.SESSION);
    references.session(session, index, deferOrFail);
    references.entityAdded();
    if (index == sessionKeys.length) {
      sessionKeys = Arrays.copyOf(sessionKeys, index * 2);
    }
    sessionKeys[index] = SessionTimes.key(session);
    anyRecurrence |= session.recurrence().isPresent();
    anySessionStatisticLink |= StatisticLinks.anyLinkOrId(session.statistics());
    return this;
  }

  /**
   * Adds an agreement and resolves its references (parties, signatories, the session it was signed at, its
   * place's institution).
   *
   * @param agreement the agreement; not null
   * @return this
   * @throws InvalidModelException if {@code agreement} is null
   */
  public Entities add(CooperationAgreement agreement) {
    int index = agreements.size();
    agreements.append(required(agreement, "agreements"));
    declare(agreement.id(), Kind.AGREEMENT);
    references.agreement(agreement, index, deferOrFail);
    references.entityAdded();
    return this;
  }

  /**
   * Returns the local identifier with the given characters, the very instance returned before for the same
   * characters if there was one. A reader of a document passes every identifier it meets through here, so
   * that the entities it adds and the references they hold share instances with the ones this object
   * already knows, and are found again by identity rather than by comparing characters.
   *
   * @param characters the characters, such as a parser's buffer; not null
   * @param offset where the identifier starts in {@code characters}
   * @param length the number of characters
   * @return the identifier; never null
   * @throws InvalidModelException if the characters are not a valid {@link LocalId}, with its message
   * @throws IndexOutOfBoundsException if the range is not within {@code characters}
   * @throws NullPointerException if {@code characters} is null
   */
  public LocalId identifier(char[] characters, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, characters.length);
    return references.intern(characters, offset, length);
  }

  /**
   * Returns the institutions added, in order.
   *
   * @return an unmodifiable view; never null
   */
  public List<Institution> institutions() {
    return institutions;
  }

  /**
   * Returns the speakers added, in order.
   *
   * @return an unmodifiable view; never null
   */
  public List<Speaker> speakers() {
    return speakers;
  }

  /**
   * Returns the sessions added, in order.
   *
   * @return an unmodifiable view; never null
   */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * Returns the agreements added, in order.
   *
   * @return an unmodifiable view; never null
   */
  public List<CooperationAgreement> agreements() {
    return agreements;
  }

  private static <T> T required(T entity, String list) {
    if (entity == null) {
      throw new InvalidModelException(TYPE, list, "must not contain null");
    }
    return entity;
  }

  private void declare(LocalId id, Kind kind) {
    if (references.declare(id, kind) != null) {
      failed = true;
    }
  }

  // reference: a LocalId, held as an Object by the walks (ReferenceCheck.kindOfHeld says why).
  private void deferOrFail(Object held, Kind expected, Supplier<String> path) {
    LocalId reference = (LocalId) held;
    if (references.kindOf(reference) != null) {
      failed = true;
      return;
    }
    if (pendingCount == pending.length) {
      pending = Arrays.copyOf(pending, pendingCount * 2);
      pendingKinds = Arrays.copyOf(pendingKinds, pendingCount * 2);
    }
    pending[pendingCount] = reference;
    pendingKinds[pendingCount] = expected;
    pendingCount++;
  }

  // In arrays of their types, for Symposium.Builder, which copies them (Gathered says why).
  Institution[] institutionArray() {
    return institutions.copy();
  }

  Speaker[] speakerArray() {
    return speakers.copy();
  }

  Session[] sessionArray() {
    return sessions.copy();
  }

  CooperationAgreement[] agreementArray() {
    return agreements.copy();
  }

  /** Returns what {@link SessionTimes#key(Session)} gave for the session added at an index. */
  long sessionKey(int index) {
    return sessionKeys[index];
  }

  /** Tells whether any session added recurs. */
  boolean anyRecurrence() {
    return anyRecurrence;
  }

  /** Tells whether any session added has a statistic with an identifier or a link to another statistic. */
  boolean anySessionStatisticLink() {
    return anySessionStatisticLink;
  }

  /** Returns the table of the identifiers declared, for resolving the symposium's other parts. */
  ReferenceCheck references() {
    return references;
  }

  /**
   * Tells whether the references of a symposium's institutions, speakers, sessions and agreements are
   * resolved: its four lists hold exactly the instances added here, in order, no identifier was declared
   * twice and every reference names an entity of the kind it requires.
   */
  boolean resolves(Symposium symposium) {
    if (failed || !same(symposium.institutions(), institutions) || !same(symposium.speakers(), speakers)
        || !same(symposium.sessions(), sessions) || !same(symposium.agreements(), agreements)) {
      return false;
    }
    for (int i = 0; i < pendingCount; i++) {
      if (references.kindOf(pending[i]) != pendingKinds[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(List<?> built, List<?> added) {
    if (built.size() != added.size()) {
      return false;
    }
    for (int i = 0; i < built.size(); i++) {
      if (built.get(i) != added.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number of each kind of entity added.
   *
   * @return a short description, such as {@code Entities[2 institutions, 3 speakers, 5 sessions, 0 agreements]};
   *     never null
   */
  @Override
  public String toString() {
    return "Entities[" + institutions.size() + " institutions, " + speakers.size() + " speakers, "
        + sessions.size() + " sessions, " + agreements.size() + " agreements]";
  }
}
