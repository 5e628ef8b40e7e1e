package dev.symposia.event;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.support.CommercialSupport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Refuses a symposium whose identifiers clash or whose references dangle, and resolves the references of
 * single entities for {@link Entities}.
 *
 * <p>A table maps every declared identifier to the kind of entity it names; each entity's references are
 * then resolved against it: linear in the size of the programme. {@link #check(Symposium, Entities)} walks
 * the whole programme, unless the symposium's entities are exactly those an {@link Entities} resolved as they
 * were added.
 *
 * <p>Not thread-safe: one instance serves one check, or one {@link Entities}.
 */
final class ReferenceCheck {
  private static final String TYPE = "Symposium";

  /** The kinds of entity a symposium declares with an identifier of its own. */
  enum Kind {
    INSTITUTION("an institution", "institutions"),
    SPEAKER("a speaker", "speakers"),
    SESSION("a session", "sessions"),
    AGREEMENT("an agreement", "agreements");

    final String article;
    final String list;

    Kind(String article, String list) {
      this.article = article;
      this.list = list;
    }
  }

  /** What to do with a reference that the table does not resolve to an entity of the kind it requires. */
  interface Unresolved {
    /**
     * Handles the reference.
     *
     * @param reference the identifier referred to, a {@link LocalId}, held as an Object (see kindOfHeld)
     * @param expected the kind of entity it must name
     * @param path where the reference stands, spelt out only when asked: most references resolve
     */
    void reference(Object reference, Kind expected, Supplier<String> path);
  }

  private static final Kind[] KINDS = Kind.values();

  // Open addressing over longs, each an identifier's hash (high half) and its entry plus one (low half; zero
  // marks an empty slot), filled to at most three quarters: a probe reads one array, most often one cache line. The
  // entries, in the order met, hold the identifiers and, in one long each so that a lookup reads one place,
  // where their characters start in `text` (high half; an identifier is ASCII, one byte a character), the
  // kind each was declared as (bits 8 to 15: its ordinal plus one, zero for one only interned or referred
  // to) and how many characters it has (bits 0 to 7; at most 128). An identifier can thus be found from
  // characters read before a string is made of them. Identifiers interned here are shared instances, so
  // most lookups end on an identity comparison rather than on comparing characters.
  private static final int MAX_LENGTH = 128;
  private static final int KIND_SHIFT = 8;
  private static final long LENGTH_MASK = 0xFF;
  // The identifiers interned since the last entity was added, in the order read, with their entries: an
  // entity's references are resolved in the order of the canonical form, the order they were read in, so
  // most are found here by comparing one instance, without reading the identifier itself (its hash code),
  // which for a reference to an entity read long before has left the processor's caches. A hint only: an
  // entry counts only for the very instance it was interned as; any other is looked up in the table.
  private static final int JOURNAL = 64;
  private static final int JOURNAL_WINDOW = 4;
  private final LocalId[] journal = new LocalId[JOURNAL];
  private final int[] journalEntries = new int[JOURNAL];
  private int journalSize;
  private int journalNext;

  private long[] slots;
  private LocalId[] ids;
  private long[] entries;
  private byte[] text;
  private int textLength;
  private int size;

  ReferenceCheck(int expectedSize) {
    int entries = Math.max(expectedSize, 4);
    this.slots = new long[Integer.highestOneBit(entries * 2 - 1) << 1];
    this.ids = new LocalId[entries];
    this.entries = new long[entries];
    this.text = new byte[entries * 16];
  }

  /**
   * Refuses a symposium whose identifiers clash or whose references dangle, with the path of the first
   * offence.
   *
   * @param symposium the symposium; not null
   * @param resolved the entities the symposium was given through {@link Symposium.Builder#entities} if its
   *     institutions, speakers, sessions and agreements are exactly the instances they resolved
   *     ({@link Entities#resolves(Symposium)}), whose references are then not resolved again; otherwise null
   * @throws InvalidModelException for the first identifier used twice or reference that does not resolve
   */
  static void check(Symposium symposium, Entities resolved) {
    if (resolved != null) {
      ReferenceCheck references = resolved.references();
      Unresolved refuse = references::refuse;
      references.places(symposium, refuse);
      references.institutionRoles(symposium, refuse);
      references.participants(symposium, refuse);
      references.awardsAndRelatedEvents(symposium, refuse);
      references.medicalEducation(symposium, refuse);
      return;
    }
    ReferenceCheck check = new ReferenceCheck(symposium.institutions().size() + symposium.speakers().size()
        + symposium.sessions().size() + symposium.agreements().size());
    check.register(symposium);
    // In the order of the canonical form, so that the first offence reported is the first in a document.
    Unresolved refuse = check::refuse;
    check.places(symposium, refuse);
    List<Institution> institutions = symposium.institutions();
    for (int i = 0; i < institutions.size(); i++) {
      check.institution(institutions.get(i), i, refuse);
    }
    check.institutionRoles(symposium, refuse);
    List<Speaker> speakers = symposium.speakers();
    for (int i = 0; i < speakers.size(); i++) {
      check.speaker(speakers.get(i), i, refuse);
    }
    check.participants(symposium, refuse);
    List<Session> sessions = symposium.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      check.session(sessions.get(i), i, refuse);
    }
    List<CooperationAgreement> agreements = symposium.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      check.agreement(agreements.get(i), i, refuse);
    }
    check.awardsAndRelatedEvents(symposium, refuse);
    check.medicalEducation(symposium, refuse);
  }

  private void register(Symposium symposium) {
    register(symposium, symposium.institutions(), Institution::id, Kind.INSTITUTION);
    register(symposium, symposium.speakers(), Speaker::id, Kind.SPEAKER);
    register(symposium, symposium.sessions(), Session::id, Kind.SESSION);
    register(symposium, symposium.agreements(), CooperationAgreement::id, Kind.AGREEMENT);
  }

  private <T> void register(Symposium symposium, List<T> entities, Function<T, LocalId> idOf, Kind kind) {
    for (int i = 0; i < entities.size(); i++) {
      LocalId id = idOf.apply(entities.get(i));
      Kind previous = declare(id, kind);
      if (previous != null) {
        throw new InvalidModelException(TYPE, kind.list + "[" + i + "].id",
            "must be unique within the symposium, but " + previous.list + "[" + firstIndex(symposium, previous, id)
                + "] has it already", id);
      }
    }
  }

  private static int firstIndex(Symposium symposium, Kind kind, LocalId id) {
    List<? extends Aggregate> entities;
    switch (kind) {
      case INSTITUTION:
        entities = symposium.institutions();
        break;
      case SPEAKER:
        entities = symposium.speakers();
        break;
      case SESSION:
        entities = symposium.sessions();
        break;
      default:
        entities = symposium.agreements();
        break;
    }
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("declared identifier not found: " + id);
  }

  /**
   * Declares an identifier as that of an entity of the given kind.
   *
   * @return the kind it was declared with before, or null if this is its first declaration
   */
  Kind declare(LocalId id, Kind kind) {
    int entry = journaled(id);
    if (entry < 0) {
      int slot = slotOf(id);
      long taken = slots[slot];
      if (taken == 0) {
        add(id, id.hashCode(), slot, kind.ordinal() + 1);
        return null;
      }
      entry = (int) taken - 1;
    }
    long state = entries[entry];
    int declared = (int) (state >>> KIND_SHIFT & 0xFF);
    if (declared != 0) {
      return KINDS[declared - 1];
    }
    entries[entry] = state | (long) (kind.ordinal() + 1) << KIND_SHIFT;
    return null;
  }

  /**
   * Returns the identifier with the given characters: the instance met first, if the table has one.
   *
   * @throws InvalidModelException if the characters are not a valid identifier
   */
  LocalId intern(char[] characters, int offset, int length) {
    if (length == 0 || length > MAX_LENGTH) {
      return LocalId.of(new String(characters, offset, length));
    }
    int hash = LocalId.hashCode(characters, offset, length);
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
      if ((int) (taken >>> 32) == hash) {
        int entry = (int) taken - 1;
        if (holds(entries[entry], characters, offset, length)) {
          LocalId id = ids[entry];
          journal(id, entry);
          return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    LocalId id = LocalId.of(new String(characters, offset, length));
    add(id, hash, slot, 0);
    journal(id, size - 1);
    return id;
  }

  private void journal(LocalId id, int entry) {
    int at = journalSize;
    if (at < JOURNAL) {
      journal[at] = id;
      journalEntries[at] = entry;
      journalSize = at + 1;
    }
  }

  /** Forgets the identifiers interned so far: the entity they were read for has been added. */
  void entityAdded() {
    journalSize = 0;
    journalNext = 0;
  }

  // The entry of an identifier interned since the last entity was added, among the next few after the last
  // one found, if it is this very instance; -1 if not.
  private int journaled(Object id) {
    int end = Math.min(journalSize, journalNext + JOURNAL_WINDOW);
    for (int i = journalNext; i < end; i++) {
      if (journal[i] == id) {
        journalNext = i + 1;
        return journalEntries[i];
      }
    }
    return -1;
  }

  private boolean holds(long state, char[] characters, int offset, int length) {
    if ((state & LENGTH_MASK) != length) {
      return false;
    }
    int start = (int) (state >>> 32);
    for (int i = 0; i < length; i++) {
      if (text[start + i] != characters[offset + i]) {
        return false;
      }
    }
    return true;
  }

  // kind: the ordinal of the kind declared plus one, or zero.
  private void add(LocalId id, int hash, int slot, int kind) {
    int entry = size;
    if (entry == ids.length) {
      ids = Arrays.copyOf(ids, entry * 2);
      entries = Arrays.copyOf(entries, entry * 2);
    }
    String value = id.value();
    int length = value.length();
    int start = textLength;
    if (start + length > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, start + length));
    }
    for (int i = 0; i < length; i++) {
      text[start + i] = (byte) value.charAt(i);
    }
    textLength = start + length;
    ids[entry] = id;
    entries[entry] = (long) start << 32 | (long) kind << KIND_SHIFT | length;
    slots[slot] = (long) hash << 32 | (entry + 1);
    if (++size * 4 > slots.length * 3) {
      grow();
    }
  }

  private int slotOf(LocalId id) {
    int hash = id.hashCode();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
      int entry = (int) taken - 1;
      if ((int) (taken >>> 32) == hash && (ids[entry] == id || ids[entry].equals(id))) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  // Four times larger while the table is small: a large programme's table reaches its size in half as many
  // steps, each of which moves every entry. Kept no larger than that: once a programme's identifiers outgrow
  // the processor's caches, every lookup waits for memory, and a smaller table waits less often.
  private void grow() {
    long[] old = slots;
    slots = new long[old.length < 1 << 16 ? old.length * 4 : old.length * 2];
    int mask = slots.length - 1;
    for (long taken : old) {
      if (taken != 0) {
        int slot = spread((int) (taken >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = taken;
      }
    }
  }

  /** Returns the kind an identifier was declared with, or null if it was not declared. */
  Kind kindOf(LocalId id) {
    return kindOfHeld(id);
  }

  // The walks hold the identifiers they resolve as Objects, as Optional.orElse and List.get return them: held
  // as a LocalId, each would be checked to be one, which reads its header. For a reference to an entity read
  // long before that is a wait for memory, and it was the largest part of resolving a large programme's
  // references; found in the journal, a reference is compared by identity and never read.
  private Kind kindOfHeld(Object id) {
    int entry = journaled(id);
    if (entry < 0) {
      long taken = slots[slotOf((LocalId) id)];
      if (taken == 0) {
        return null;
      }
      entry = (int) taken - 1;
    }
    int kind = (int) (entries[entry] >>> KIND_SHIFT & 0xFF);
    return kind == 0 ? null : KINDS[kind - 1];
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private boolean resolvesIfPresent(Object reference, Kind expected) {
    return reference == null || kindOfHeld(reference) == expected;
  }

  private boolean resolves(Object reference, Kind expected) {
    return kindOfHeld(reference) == expected;
  }

  // Paths are only spelt out for an offence: a programme of 10,000 sessions has some 100,000 references,
  // and making their paths took as long as resolving them.

  void institution(Institution institution, int i, Unresolved unresolved) {
    Object parent = institution.parent().orElse(null);
    if (!resolvesIfPresent(parent, Kind.INSTITUTION)) {
      unresolved.reference(parent, Kind.INSTITUTION, () -> "institutions[" + i + "].parent");
    }
    for (int j = 0; j < institution.ties().size(); j++) {
      LocalId tie = institution.ties().get(j).institution();
      if (!resolves(tie, Kind.INSTITUTION)) {
        int k = j;
        unresolved.reference(tie, Kind.INSTITUTION, () -> "institutions[" + i + "].ties[" + k + "].institution");
      }
    }
  }

  void speaker(Speaker speaker, int i, Unresolved unresolved) {
    List<Position> positions = speaker.positions();
    for (int j = 0; j < positions.size(); j++) {
      Object institution = positions.get(j).institution().orElse(null);
      if (!resolvesIfPresent(institution, Kind.INSTITUTION)) {
        int k = j;
        unresolved.reference(institution, Kind.INSTITUTION,
            () -> "speakers[" + i + "].positions[" + k + "].institution");
      }
    }
  }

  void session(Session session, int i, Unresolved unresolved) {
    if (!session.places().isEmpty()) {
      places(session.places(), () -> "sessions[" + i + "].places", unresolved);
    }
    List<EarlierSessionPlan> plans = session.plannedBefore();
    for (int j = 0; j < plans.size(); j++) {
      int k = j;
      places(plans.get(j).places(), () -> "sessions[" + i + "].plannedBefore[" + k + "].places", unresolved);
    }
    Object partOf = session.partOf().orElse(null);
    if (!resolvesIfPresent(partOf, Kind.SESSION)) {
      unresolved.reference(partOf, Kind.SESSION, () -> "sessions[" + i + "].partOf");
    }
    participations(session.participants(), () -> "sessions[" + i + "].participants", unresolved);
    if (!session.abstracts().isEmpty()) {
      abstracts(session.abstracts(), () -> "sessions[" + i + "].abstracts", unresolved);
    }
    if (!session.accreditations().isEmpty()) {
      accreditations(session.accreditations(), () -> "sessions[" + i + "].accreditations", unresolved);
    }
    if (!session.commercialSupport().isEmpty()) {
      commercialSupport(session.commercialSupport(), () -> "sessions[" + i + "].commercialSupport", unresolved);
    }
  }

  /** Resolves the references of the participants of the symposium as a whole. */
  void participants(Symposium symposium, Unresolved unresolved) {
    participations(symposium.participants(), () -> "participants", unresolved);
  }

  private void participations(List<Participation> participants, Supplier<String> path, Unresolved unresolved) {
    for (int j = 0; j < participants.size(); j++) {
      Participation participation = participants.get(j);
      Object person = participation.person().orElse(null);
      if (!resolvesIfPresent(person, Kind.SPEAKER)) {
        int k = j;
        unresolved.reference(person, Kind.SPEAKER, () -> path.get() + "[" + k + "].person");
      }
      UnnamedGroup group = participation.group().orElse(null);
      if (group != null) {
        int k = j;
        group(group, () -> path.get() + "[" + k + "].group", unresolved);
      }
      Object from = institutionOf(participation.joinedFrom());
      if (!resolvesIfPresent(from, Kind.INSTITUTION)) {
        int k = j;
        unresolved.reference(from, Kind.INSTITUTION, () -> path.get() + "[" + k + "].joinedFrom.institution");
      }
      if (participation.presentedAbstract().isPresent()) {
        int k = j;
        references(participation.presentedAbstract().get().authors(), Kind.SPEAKER,
            () -> path.get() + "[" + k + "].presentedAbstract.authors", unresolved);
      }
    }
  }

  private void abstracts(List<Abstract> abstracts, Supplier<String> path, Unresolved unresolved) {
    for (int i = 0; i < abstracts.size(); i++) {
      int k = i;
      references(abstracts.get(i).authors(), Kind.SPEAKER, () -> path.get() + "[" + k + "].authors", unresolved);
    }
  }

  private void accreditations(List<Accreditation> accreditations, Supplier<String> path, Unresolved unresolved) {
    for (int i = 0; i < accreditations.size(); i++) {
      Object accreditor = accreditations.get(i).accreditor().orElse(null);
      if (!resolvesIfPresent(accreditor, Kind.INSTITUTION)) {
        int k = i;
        unresolved.reference(accreditor, Kind.INSTITUTION, () -> path.get() + "[" + k + "].accreditor");
      }
    }
  }

  private void commercialSupport(List<CommercialSupport> support, Supplier<String> path, Unresolved unresolved) {
    for (int i = 0; i < support.size(); i++) {
      LocalId company = support.get(i).company();
      if (!resolves(company, Kind.INSTITUTION)) {
        int k = i;
        unresolved.reference(company, Kind.INSTITUTION, () -> path.get() + "[" + k + "].company");
      }
    }
  }

  /**
   * Resolves the references of the symposium's accreditations, commercial support and disclosures, and refuses
   * a second disclosure of one speaker.
   */
  void medicalEducation(Symposium symposium, Unresolved unresolved) {
    accreditations(symposium.accreditations(), () -> "accreditations", unresolved);
    commercialSupport(symposium.commercialSupport(), () -> "commercialSupport", unresolved);
    List<Disclosure> disclosures = symposium.disclosures();
    // LocalId's hash codes are seeded, so no document can make this set slow.
    Map<LocalId, Integer> disclosed = disclosures.size() < 2 ? Map.of() : new HashMap<>();
    for (int i = 0; i < disclosures.size(); i++) {
      Disclosure disclosure = disclosures.get(i);
      int k = i;
      if (!resolves(disclosure.speaker(), Kind.SPEAKER)) {
        unresolved.reference(disclosure.speaker(), Kind.SPEAKER, () -> "disclosures[" + k + "].speaker");
      }
      Integer earlier = disclosures.size() < 2 ? null : disclosed.putIfAbsent(disclosure.speaker(), i);
      if (earlier != null) {
        throw new InvalidModelException(TYPE, "disclosures[" + i + "].speaker",
            "must be unique: disclosures[" + earlier + "] is that speaker's disclosure already", disclosure.speaker());
      }
      List<FinancialRelationship> relationships = disclosure.relationships();
      for (int j = 0; j < relationships.size(); j++) {
        int m = j;
        references(relationships.get(j).companies(), Kind.INSTITUTION,
            () -> "disclosures[" + k + "].relationships[" + m + "].companies", unresolved);
      }
    }
  }

  void agreement(CooperationAgreement agreement, int i, Unresolved unresolved) {
    for (int j = 0; j < agreement.parties().size(); j++) {
      Object party = agreement.parties().get(j);
      if (!resolves(party, Kind.INSTITUTION)) {
        int k = j;
        unresolved.reference(party, Kind.INSTITUTION,
            () -> "agreements[" + i + "].parties[" + k + "]");
      }
    }
    for (int j = 0; j < agreement.signatories().size(); j++) {
      Signatory signatory = agreement.signatories().get(j);
      Object person = signatory.person().orElse(null);
      if (!resolvesIfPresent(person, Kind.SPEAKER)) {
        int k = j;
        unresolved.reference(person, Kind.SPEAKER,
            () -> "agreements[" + i + "].signatories[" + k + "].person");
      }
    }
    Object signedAt = agreement.signedAt().orElse(null);
    if (!resolvesIfPresent(signedAt, Kind.SESSION)) {
      unresolved.reference(signedAt, Kind.SESSION, () -> "agreements[" + i + "].signedAt");
    }
    Object placeInstitution = institutionOf(agreement.place());
    if (!resolvesIfPresent(placeInstitution, Kind.INSTITUTION)) {
      unresolved.reference(placeInstitution, Kind.INSTITUTION, () -> "agreements[" + i + "].place.institution");
    }
  }

  /** Resolves the references of the symposium's own places, its earlier plans' and its series' usual place. */
  void places(Symposium symposium, Unresolved unresolved) {
    Object usual = symposium.series().flatMap(Series::usualPlace).flatMap(Place::institution).orElse(null);
    if (!resolvesIfPresent(usual, Kind.INSTITUTION)) {
      unresolved.reference(usual, Kind.INSTITUTION, () -> "series.usualPlace.institution");
    }
    places(symposium.places(), () -> "places", unresolved);
    List<EarlierPlan> plans = symposium.plannedBefore();
    for (int i = 0; i < plans.size(); i++) {
      int k = i;
      places(plans.get(i).places(), () -> "plannedBefore[" + k + "].places", unresolved);
    }
  }

  /** Resolves the references of the roles institutions play in the symposium. */
  void institutionRoles(Symposium symposium, Unresolved unresolved) {
    List<InstitutionParticipation> roles = symposium.institutionRoles();
    for (int i = 0; i < roles.size(); i++) {
      InstitutionParticipation role = roles.get(i);
      Object institution = role.institution().orElse(null);
      if (!resolvesIfPresent(institution, Kind.INSTITUTION)) {
        int k = i;
        unresolved.reference(institution, Kind.INSTITUTION, () -> "institutionRoles[" + k + "].institution");
      }
      if (role.group().isPresent()) {
        int k = i;
        group(role.group().get(), () -> "institutionRoles[" + k + "].group", unresolved);
      }
    }
  }

  /** Resolves the references of the symposium's awards and the places of its related events. */
  void awardsAndRelatedEvents(Symposium symposium, Unresolved unresolved) {
    List<Award> awards = symposium.awards();
    for (int i = 0; i < awards.size(); i++) {
      Award award = awards.get(i);
      int k = i;
      references(award.recipients(), Kind.SPEAKER, () -> "awards[" + k + "].recipients", unresolved);
      references(award.unveiledBy(), Kind.SPEAKER, () -> "awards[" + k + "].unveiledBy", unresolved);
      Object session = award.session().orElse(null);
      if (!resolvesIfPresent(session, Kind.SESSION)) {
        unresolved.reference(session, Kind.SESSION, () -> "awards[" + k + "].session");
      }
    }
    List<RelatedEvent> related = symposium.relatedEvents();
    for (int i = 0; i < related.size(); i++) {
      int k = i;
      places(related.get(i).places(), () -> "relatedEvents[" + k + "].places", unresolved);
    }
  }

  private void places(List<Place> places, Supplier<String> path, Unresolved unresolved) {
    for (int i = 0; i < places.size(); i++) {
      Object institution = places.get(i).institution().orElse(null);
      if (!resolvesIfPresent(institution, Kind.INSTITUTION)) {
        int k = i;
        unresolved.reference(institution, Kind.INSTITUTION, () -> path.get() + "[" + k + "].institution");
      }
    }
  }

  // Without flatMap, whose lambda the compiler does not always inline: most participations have no place.
  private static Object institutionOf(Optional<Place> place) {
    return place.isPresent() ? place.get().institution().orElse(null) : null;
  }

  private void group(UnnamedGroup group, Supplier<String> path, Unresolved unresolved) {
    references(group.institutions(), Kind.INSTITUTION, () -> path.get() + ".institutions", unresolved);
  }

  private void references(List<LocalId> references, Kind expected, Supplier<String> path,
      Unresolved unresolved) {
    for (int i = 0; i < references.size(); i++) {
      Object reference = references.get(i);
      if (!resolves(reference, expected)) {
        int k = i;
        unresolved.reference(reference, expected, () -> path.get() + "[" + k + "]");
      }
    }
  }

  /**
   * Refuses a reference that does not resolve, naming its path and, if the identifier names an entity of
   * another kind, that kind.
   *
   * @throws InvalidModelException always
   */
  void refuse(Object reference, Kind expected, Supplier<String> path) {
    Kind actual = kindOfHeld(reference);
    if (actual == null) {
      throw new InvalidModelException(TYPE, path.get(), "must refer to " + expected.article + " of the symposium",
          reference);
    }
    throw new InvalidModelException(TYPE, path.get(), "must refer to " + expected.article
        + " of the symposium, not " + actual.article, reference);
  }
}
