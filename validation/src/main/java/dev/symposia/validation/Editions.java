package dev.symposia.validation;

import dev.symposia.event.Symposium;
import dev.symposia.validation.rules.EditionOrder;
import dev.symposia.validation.rules.NoEditionRepeated;
import jakarta.validation.groups.Default;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Several symposia validated together as editions of their series: their edition numbers must increase
 * with their dates and not repeat.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Editions>> violations = validator.validate(Editions.of(List.of(csco2020, csco2021)));
 * }</pre>
 *
 * <p>Symposia are grouped by the name of their series, so symposia of several series may be given at once;
 * those without a series or an edition are left out of the comparison. Violations point at
 * {@code symposia[i].edition}. The constraints ({@link EditionOrder}, {@link NoEditionRepeated}) are on this
 * class itself, so any Jakarta validator checks them without further configuration.
 *
 * <p>Instances are immutable and thread-safe.
 */
@EditionOrder(payload = Severity.Error.class, groups = {Default.class, Errors.class})
@NoEditionRepeated(payload = Severity.Error.class, groups = {Default.class, Errors.class})
public final class Editions {
  private final List<Symposium> symposia;

  private Editions(List<Symposium> symposia) {
    this.symposia = symposia;
  }

  /**
   * Returns the symposia to validate together, in the order given.
   *
   * @param symposia the symposia; not null, no element null
   * @return the editions; never null
   * @throws NullPointerException if {@code symposia} or an element is null
   */
  public static Editions of(Collection<? extends Symposium> symposia) {
    return new Editions(List.copyOf(symposia));
  }

  /**
   * Returns the symposia, in the order given; violations index into this list.
   *
   * @return the symposia; never null
   */
  public List<Symposium> symposia() {
    return symposia;
  }

  /**
   * Tells whether another object holds the same symposia in the same order.
   *
   * @param other the object to compare with; may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Editions && symposia.equals(((Editions) other).symposia);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(symposia);
  }

  /**
   * Returns the identifiers of the symposia, such as {@code Editions[csco-2020, csco-2021]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Editions[");
    for (int i = 0; i < symposia.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(symposia.get(i).id());
    }
    return text.append(']').toString();
  }
}
