package dev.symposia.agreement;

import dev.symposia.identifier.LocalId;
import org.immutables.value.Value;

/**
 * A person who signed an agreement, and the party they signed it for.
 *
 * <pre>{@code
 * Signatory li = Signatory.of(LocalId.of("li-huabing"), LocalId.of("cqmu"));
 * }</pre>
 *
 * <p>The person is a {@link dev.symposia.people.Speaker} and the party an
 * {@link dev.symposia.institution.Institution} of the same symposium, both referred to by identifier. The
 * party must be one of the agreement's parties.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signatory {
  Signatory() {}

  /**
   * Returns a signatory acting for a party.
   *
   * @param person the person's identifier; not null
   * @param party the identifier of the party they signed for; not null
   * @return the signatory; never null
   * @throws dev.symposia.InvalidModelException if an argument is null
   */
  public static Signatory of(LocalId person, LocalId party) {
    return ImmutableSignatory.of(person, party);
  }

  /**
   * Returns the person who signed.
   *
   * @return the person's identifier; never null
   */
  @Value.Parameter
  public abstract LocalId person();

  /**
   * Returns the party the person signed for.
   *
   * @return the party's identifier; never null
   */
  @Value.Parameter
  public abstract LocalId party();

  /**
   * Returns the person and party, such as {@code li-huabing for cqmu}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return person() + " for " + party();
  }
}
