package dev.symposia.agreement;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.internal.PartialLists;
import dev.symposia.internal.ShortList;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement between two or more institutions, with the people who signed it, its term and its renewals.
 *
 * <pre>{@code
 * CooperationAgreement agreement = CooperationAgreement.builder().id("cqmu-nus-medicine")
 *     .addParties(LocalId.of("cqmu"), LocalId.of("nus-medicine"))
 *     .addSignatories(Signatory.of(LocalId.of("li-huabing"), LocalId.of("cqmu"))).build();
 * }</pre>
 *
 * <p>The parties are institutions of the same record, referred to by identifier: at least two, all
 * distinct. The record is a {@link dev.symposia.event.Symposium} that lists the agreement, or an
 * {@link AgreementRecord}, which holds one agreement signed at no event together with its institutions and
 * people. Every signatory signs for one of the parties; a party may have several signatories, someone the
 * source does not name ({@link Signatory#unnamed(LocalId)}), or none when the source does not say who signed.
 * When the agreement was signed during a session of a symposium (a signing ceremony), {@link #signedAt()}
 * names that session; an agreement signed outside any event has none, and may say where it was signed with
 * {@link #place()}. One institution signing separate agreements with several others is several agreements,
 * not one with many parties.
 *
 * <p>How long it is in force is its {@link #term()}: a length, an end date, or until terminated. Its
 * {@link #renewals()} are listed in the order they were made, each with its date and new term.
 *
 * <p>Building refuses, with an {@link InvalidModelException} naming the attribute: fewer than two distinct
 * parties; a signatory for an institution that is not a party; one person signing twice for one party; a
 * term that ends certainly before the agreement was signed; a renewal certainly before the signing.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CooperationAgreement implements Aggregate {
  CooperationAgreement() {}

  private static final List<String> PARTIAL_LISTS = List.of("parties", "signatories", "topics");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the agreement within its symposium.
   *
   * @return the identifier; never null
   */
  public abstract LocalId id();

  /**
   * Returns what sort of agreement this is.
   *
   * @return the kind; {@link AgreementKind#COOPERATION} unless set
   */
  @Value.Default
  public AgreementKind kind() {
    return AgreementKind.COOPERATION;
  }

  /**
   * Returns the agreement's title.
   *
   * @return the title; empty when the source gives none
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the institutions bound by the agreement.
   *
   * @return at least two distinct institution identifiers, in the order given; never null
   */
  public abstract List<LocalId> parties();

  /**
   * Returns the people who signed, each with the party they signed for.
   *
   * @return the signatories, in the order given; never null, possibly empty when not reported
   */
  public abstract List<Signatory> signatories();

  /**
   * Returns the date of signing.
   *
   * @return the date, possibly partial; empty when not reported
   */
  public abstract Optional<PartialDate> signedOn();

  /**
   * Returns the session of the symposium during which the agreement was signed.
   *
   * @return the session's identifier; empty when it was not signed at a session of the symposium, and always
   *     empty in an {@link AgreementRecord}
   */
  public abstract Optional<LocalId> signedAt();

  /**
   * Returns where the agreement was signed, for an agreement signed outside any event.
   *
   * @return the place; empty when not reported
   */
  public abstract Optional<Place> place();

  /**
   * Returns how long the agreement is in force from its signing, as the source states it.
   *
   * @return the term; empty when not stated
   */
  public abstract Optional<Term> term();

  /**
   * Returns the renewals of the agreement, in the order they were made.
   *
   * @return the renewals; never null, possibly empty
   */
  public abstract List<Renewal> renewals();

  /**
   * Returns what the agreement is about.
   *
   * @return the topics, in the order given; never null, possibly empty
   */
  public abstract List<LocalizedText> topics();

  /**
   * Returns a builder initialised with this agreement's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the names of this CooperationAgreement's lists that the source gives only in part, such as {@code ["topics"]} for "cooperation in fields including...".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code parties}, {@code signatories}, {@code topics}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this CooperationAgreement only in part.
   *
   * @param list the list's name, one of {@code parties}, {@code signatories}, {@code topics}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("CooperationAgreement", partialLists(), PARTIAL_LISTS, list);
  }

  // How long a list of parties or signatories is checked for repeats pairwise rather than with a set.
  private static final int PAIRWISE = 8;

  @Value.Check
  void check() {
    PartialLists.check("CooperationAgreement", partialLists(), PARTIAL_LISTS);
    dev.symposia.internal.Notes.check("CooperationAgreement", this, notes());
    List<LocalId> parties = parties();
    // Pairwise for the few parties and signatories an agreement has: hashing each signatory walks all its
    // values, and the sets were most of what building an agreement cost. Sets past a handful, so that a long
    // list still costs linear time.
    boolean few = parties.size() <= PAIRWISE;
    Set<LocalId> distinct = few ? null : new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      if (few ? parties.subList(0, i).contains(parties.get(i)) : !distinct.add(parties.get(i))) {
        throw new InvalidModelException("CooperationAgreement", "parties[" + i + "]",
            "must not repeat a party", parties.get(i));
      }
    }
    if (parties.size() < 2) {
      throw new InvalidModelException("CooperationAgreement", "parties",
          "must name at least two distinct parties", parties);
    }
    // Named signatories only: two people the source does not name are two signatories, even if described alike.
    List<Signatory> signatories = signatories();
    Set<Signatory> signed = signatories.size() <= PAIRWISE ? null : new HashSet<>();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory signatory = signatories.get(i);
      if (!(few ? parties.contains(signatory.party()) : distinct.contains(signatory.party()))) {
        throw new InvalidModelException("CooperationAgreement", "signatories[" + i + "].party",
            "must be one of the agreement's parties " + parties, signatory.party());
      }
      if (signatory.isNamed() && (signed == null ? signedBefore(signatories, i) : !signed.add(signatory))) {
        throw new InvalidModelException("CooperationAgreement", "signatories[" + i + "]",
            "must not repeat a signatory", signatory);
      }
    }
    if (signedOn().isEmpty()) {
      return;
    }
    PartialDate signing = signedOn().get();
    Optional<PartialDate> end = term().flatMap(Term::endsOn);
    if (end.isPresent() && end.get().isCertainlyBefore(signing)) {
      throw new InvalidModelException("CooperationAgreement", "term.endsOn",
          "must not be before signedOn " + signing, end.get());
    }
    for (int i = 0; i < renewals().size(); i++) {
      Optional<PartialDate> renewed = renewals().get(i).renewedOn();
      if (renewed.isPresent() && renewed.get().isCertainlyBefore(signing)) {
        throw new InvalidModelException("CooperationAgreement", "renewals[" + i + "].renewedOn",
            "must not be before signedOn " + signing, renewed.get());
      }
    }
  }


  // Whether a named signatory before the one at index i is equal to it.
  private static boolean signedBefore(List<Signatory> signatories, int i) {
    Signatory signatory = signatories.get(i);
    for (int j = 0; j < i; j++) {
      if (signatories.get(j).isNamed() && signatories.get(j).equals(signatory)) {
        return true;
      }
    }
    return false;
  }
  /**
   * Returns the identifier and parties, such as {@code CooperationAgreement[a1: cqmu, nus-medicine]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "CooperationAgreement[" + id() + ": " + ShortList.of(parties()) + "]";
  }

  /**
   * Builds {@link CooperationAgreement} instances. Not thread-safe; {@link #build()} copies what it was
   * given.
   */
  public static final class Builder extends ImmutableCooperationAgreement.Builder {
    Builder() {}

    /**
     * Sets the identifier from its text form.
     *
     * @param id the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder id(String id) {
      id(id == null ? null : LocalId.of(id));
      return this;
    }
  }
}
