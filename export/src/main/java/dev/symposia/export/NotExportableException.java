package dev.symposia.export;

/**
 * Raised when a format cannot hold a symposium at all, because it requires a value the record does not
 * state and no part can be left out instead: frab's {@code schedule.json} needs complete start and end dates
 * and a time zone, for instance. The message names the attribute and says what the format needs:
 *
 * <pre>{@code
 * NotExportableException: Symposium.timeZone: frab schedule.json needs the symposium's time zone (was not stated)
 * }</pre>
 *
 * <p>Not thread-safe in the sense that exceptions are not shared; its state never changes after
 * construction.
 */
public final class NotExportableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The attribute of the model the format needs, such as {@code Symposium.timeZone}. */
  private final String attribute;

  /**
   * Returns an exception naming the attribute and the format's need.
   *
   * @param attribute the model's attribute, such as {@code Symposium.timeZone}; not null
   * @param need what the format needs and what the record has, in English; not null
   */
  public NotExportableException(String attribute, String need) {
    super(attribute + ": " + need);
    this.attribute = attribute;
  }

  /**
   * Returns the attribute of the model the format needs.
   *
   * @return the attribute, such as {@code Symposium.timeZone}; never null
   */
  public String attribute() {
    return attribute;
  }
}
