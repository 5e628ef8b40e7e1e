package dev.symposia.export.frab;

/**
 * Raised when a text is not a frab {@code schedule.json} that a symposium can hold. The message names the
 * JSON path and the rule, and for a text that is not JSON the line and column:
 *
 * <pre>{@code
 * FrabScheduleException: schedule.conference.days[0].rooms["Saal 1"][2].date: must be a date-time with a UTC offset, such as 2019-08-21T11:00:00+02:00 (was "tomorrow")
 * }</pre>
 *
 * <p>Checked, like the JSON module's {@code SymposiaJsonException}: bad input is an expected outcome of
 * reading. Its state never changes after construction.
 */
public final class FrabScheduleException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value, such as {@code schedule.conference.acronym}. */
  private final String path;

  FrabScheduleException(String path, String rule) {
    super((path.isEmpty() ? "" : path + ": ") + rule);
    this.path = path;
  }

  FrabScheduleException(String path, String rule, Throwable cause) {
    this(path, rule);
    initCause(cause);
  }

  /**
   * Returns the JSON path of the offending value.
   *
   * @return the path, such as {@code schedule.conference.days[0].date}; empty for a text that is not JSON;
   *     never null
   */
  public String path() {
    return path;
  }
}
