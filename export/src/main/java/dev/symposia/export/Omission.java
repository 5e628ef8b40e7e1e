package dev.symposia.export;

import java.util.Objects;

/**
 * One part of a symposium that an export left out, and why: a format that needs a value the record does not
 * state (a complete date, a clock time, a time zone) leaves the part out rather than make the value up.
 *
 * <pre>{@code
 * ICalendar.omissions(symposium).forEach(System.out::println);
 * // sessions[4] (award-ceremony): left out: its date has no day (2022-11)
 * }</pre>
 *
 * <p>Two omissions are equal when their paths and reasons are equal. Instances are immutable and
 * thread-safe.
 */
public final class Omission {
  private final String path;
  private final String reason;

  private Omission(String path, String reason) {
    this.path = path;
    this.reason = reason;
  }

  /**
   * Returns an omission.
   *
   * @param path where in the symposium the part is, as {@code sessions[4] (award-ceremony)} or
   *     {@code symposium}; not null
   * @param reason why it was left out, in English; not null
   * @return the omission; never null
   * @throws NullPointerException if either argument is null
   */
  public static Omission of(String path, String reason) {
    return new Omission(Objects.requireNonNull(path, "path"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns where in the symposium the part left out is.
   *
   * @return the path, such as {@code sessions[4] (award-ceremony)}; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns why the part was left out.
   *
   * @return the reason, in English; never null
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Omission && ((Omission) other).path.equals(path)
        && ((Omission) other).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + reason.hashCode();
  }

  /**
   * Returns the path and the reason, as {@code sessions[4] (award-ceremony): left out: its date has no day}.
   *
   * @return the omission in words; never null
   */
  @Override
  public String toString() {
    return path + ": left out: " + reason;
  }
}
