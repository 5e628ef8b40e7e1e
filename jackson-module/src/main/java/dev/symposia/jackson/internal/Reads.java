package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.jackson.SymposiaJson;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** Reads the tokens every type needs, refusing anything else with the path and the rule. */
final class Reads {
  /** The property that marks the root object of a top-level document with its format version. */
  static final String FORMAT_PROPERTY = "symposiaFormat";
  static final SerializedString FORMAT_NAME = new SerializedString(FORMAT_PROPERTY);

  private Reads() {}

  /** Checks that the current token starts an object. */
  static void object(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Failures.token(p, "must be an object");
    }
  }

  /** Checks that the current token starts an array. */
  static void array(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Failures.token(p, "must be an array");
    }
  }

  /** Returns the current token's string. */
  static String string(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Failures.token(p, "must be a string");
    }
    return p.getText();
  }

  /** Returns the current token's boolean. */
  static boolean bool(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw Failures.token(p, "must be true or false");
  }

  /**
   * Returns the current token's whole number, refusing fractions, exponents and numbers outside
   * {@code min..max}.
   */
  static long wholeNumber(JsonParser p, long min, long max) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw Failures.token(p, token == JsonToken.VALUE_NUMBER_FLOAT
          ? "must be a whole number, without a fraction or an exponent"
          : "must be a whole number");
    }
    JsonParser.NumberType type = p.getNumberType();
    boolean negative = p.getText().startsWith("-");
    if (type == JsonParser.NumberType.BIG_INTEGER) {
      throw Failures.at(p, negative ? "must be at least " + min : "must be at most " + max, Failures.describe(p));
    }
    long value = p.getLongValue();
    if (value < min) {
      throw Failures.at(p, "must be at least " + min, Failures.describe(p));
    }
    if (value > max) {
      throw Failures.at(p, "must be at most " + max, Failures.describe(p));
    }
    return value;
  }

  /**
   * Handles a property the type does not know: refuses it in strict mode, otherwise skips its value after
   * checking that it does not repeat another unknown property.
   *
   * @param names the unknown names of this object so far; null when there were none
   * @return the unknown names, including this one
   */
  static Set<String> unknown(JsonParser p, ReadContext context, String type, Set<String> names)
      throws IOException {
    if (context.isStrict()) {
      throw Failures.unknown(p, type);
    }
    Set<String> seen = names == null ? new HashSet<>() : names;
    if (!seen.add(p.currentName())) {
      throw Failures.duplicate(p);
    }
    skip(p);
    return seen;
  }

  // Skips a value, reading each string in it whole: the parser checks a string's length only as it reads
  // it, and an ignored property is held to the same limits as any other.
  private static void skip(JsonParser p) throws IOException {
    int depth = 0;
    for (JsonToken token = p.currentToken(); token != null; token = p.nextToken()) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        p.getText();
      }
      if (depth == 0) {
        return;
      }
    }
  }

  /** Checks the value of the format marker in the root object of a document. */
  static void format(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != SymposiaJson.FORMAT_VERSION) {
      throw Failures.at(p, "must be " + SymposiaJson.FORMAT_VERSION, Failures.describe(p));
    }
  }

  /** Returns whether the object starting at the current token is the root of the document. */
  static boolean isRoot(JsonParser p) {
    return p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inRoot();
  }
}
