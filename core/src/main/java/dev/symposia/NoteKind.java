package dev.symposia;

/**
 * What a {@link Note} says of the attribute it names: how the record's value relates to what the source
 * states.
 *
 * <p>An attribute without a note is stated by the source.
 */
public enum NoteKind {
  /**
   * The editor inferred the value; the source does not state it. An edition number counted from "the eighth
   * time since 2010", a time zone derived from the city, a year taken from the title, "recorded" for "a video
   * speech".
   */
  INFERRED,
  /**
   * The value is what the source states, although the editor knows or believes it to be wrong, such as two
   * presidencies swapped. The record keeps the source's value and says so; it never corrects it silently.
   */
  AS_REPORTED
}
