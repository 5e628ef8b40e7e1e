package dev.symposia.benchmarks.records;

/** A constant with a name of its own in JSON, such as {@code co_host}. */
public interface JsonName {
  /**
   * Returns the constant's JSON name.
   *
   * @return the name; never null
   */
  String json();
}
