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

  /**
   * A number, with or without a fraction, as a {@link java.math.BigDecimal}; an exponent is refused, so that
   * what is read is what is written. Its range is the model's business.
   */
  static final Codec<java.math.BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public java.math.BigDecimal read(JsonParser p, ReadContext context) throws IOException {
      com.fasterxml.jackson.core.JsonToken token = p.currentToken();
      if (token != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
          && token != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT) {
        throw Failures.token(p, "must be a number");
      }
      String text = p.getText();
      if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        throw Failures.at(p, "must be a number without an exponent", Failures.describe(p));
      }
      return p.getDecimalValue();
    }

    @Override
    public void write(java.math.BigDecimal value, JsonGenerator g) throws IOException {
      g.writeNumber(value.toPlainString());
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
