package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** JSON's own values as the model uses them: plain strings, booleans and whole numbers within bounds. */
final class Scalars {
  /** A string, taken as it is; whether it may be blank is the model's business. */
  static final Codec<String> STRING = new Codec<>() {
    @Override
    public String read(JsonParser p, ReadContext context) throws IOException {
      return Reads.string(p);
    }

    @Override
    public void write(String value, JsonGenerator g) throws IOException {
      g.writeString(value);
    }
  };

  /** {@code true} or {@code false}. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p, ReadContext context) throws IOException {
      return Reads.bool(p);
    }

    @Override
    public void write(Boolean value, JsonGenerator g) throws IOException {
      g.writeBoolean(value);
    }
  };

  private Scalars() {}

  /**
   * Returns a whole number from {@code min} to {@code max}; fractions and exponents are refused.
   *
   * @param min the least value accepted
   * @param max the greatest value accepted, at most {@link Integer#MAX_VALUE}
   */
  static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public Integer read(JsonParser p, ReadContext context) throws IOException {
        return (int) Reads.wholeNumber(p, min, max);
      }

      @Override
      public void write(Integer value, JsonGenerator g) throws IOException {
        g.writeNumber(value.intValue());
      }
    };
  }

  /**
   * Returns a whole number from {@code min} to {@code max} as a long; fractions and exponents are refused.
   *
   * @param min the least value accepted
   * @param max the greatest value accepted
   */
  static Codec<Long> wholeNumber(long min, long max) {
    return new Codec<>() {
      @Override
      public Long read(JsonParser p, ReadContext context) throws IOException {
        return Reads.wholeNumber(p, min, max);
      }

      @Override
      public void write(Long value, JsonGenerator g) throws IOException {
        g.writeNumber(value.longValue());
      }
    };
  }
}
