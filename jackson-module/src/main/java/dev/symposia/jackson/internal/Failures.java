package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.symposia.InvalidModelException;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every refusal a {@link SymposiaJsonException} that names the JSON path, the rule and the value.
 */
public final class Failures {
  /** The rule for a {@code null} property. */
  static final String NULL_PROPERTY = "must not be null; omit the property instead";
  /** The rule for a {@code null} element of an array. */
  static final String NULL_ELEMENT = "must not be null";
  /** The rule for an object whose property names were chosen to collide in the parser's table of names. */
  static final String HASH_COLLISIONS_RULE =
      "must not have so many property names whose hashes collide (a denial-of-service attack)";

  private static final Pattern LIMIT =
      Pattern.compile("^(Document nesting depth|Document length|Number value length|String value length|Name length)"
          + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private static final Pattern JACKSON_ADVICE = Pattern.compile(
      " ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
      + "|: enable `[A-Za-z._]+` to allow|\\s*\\(for Object starting at \\[.*");

  private static final Pattern PROPERTY_NAME = Pattern.compile("(to start |to separate )property name");

  private Failures() {}

  /**
   * Returns a refusal of the value at the parser's current token.
   *
   * @param p the parser, at the refused value
   * @param rule the rule broken
   * @param was the value as the message shows it; null for none
   * @return the exception to throw
   */
  static SymposiaJsonException at(JsonParser p, String rule, String was) {
    return new SymposiaJsonException(p, JsonPaths.of(p.getParsingContext()), rule, was, p.currentTokenLocation(),
        null);
  }

  /** Returns a refusal of the current token, described as the value. */
  static SymposiaJsonException token(JsonParser p, String rule) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return at(p, p.getParsingContext().inArray() ? NULL_ELEMENT : NULL_PROPERTY, null);
    }
    return at(p, rule, describe(p));
  }

  /** Returns a refusal of a property missing from the object that ends at the current token. */
  static SymposiaJsonException missing(JsonParser p, String name) {
    return new SymposiaJsonException(p, JsonPaths.property(JsonPaths.of(p.getParsingContext()), name),
        "is required", null, p.currentTokenLocation(), null);
  }

  /** Returns a refusal of a property that appears twice; the parser is at its value. */
  static SymposiaJsonException duplicate(JsonParser p) {
    return at(p, "must appear only once", null);
  }

  /** Returns a refusal, in strict mode, of a property the type does not have; the parser is at its value. */
  static SymposiaJsonException unknown(JsonParser p, String type) {
    return at(p, "is not a property of " + type, null);
  }

  /**
   * Returns a refusal by the core model of the object that ends at the current token: the exception's
   * attribute is a path inside that object.
   */
  static SymposiaJsonException model(JsonParser p, InvalidModelException e) {
    String path = JsonPaths.child(JsonPaths.of(p.getParsingContext()), e.attribute());
    return new SymposiaJsonException(p, path, e.rule(), e.offendingValue().map(Failures::describe).orElse(null),
        p.currentTokenLocation(), e);
  }

  /**
   * Returns a refusal by the core model of the text of the current string token, such as an ORCID iD with a
   * bad check digit. The attribute is part of the rule unless it is the whole value.
   */
  static SymposiaJsonException value(JsonParser p, InvalidModelException e, String text) {
    String attribute = e.attribute();
    String rule = attribute.equals("value") || attribute.equals("text") || attribute.equals("language")
        ? e.rule()
        : attribute.replace('.', ' ') + " " + e.rule();
    return new SymposiaJsonException(p, JsonPaths.of(p.getParsingContext()), rule, Texts.quote(text),
        p.currentTokenLocation(), e);
  }

  /**
   * Returns the rule a document over the length limit breaks.
   *
   * @param max the limit, in bytes (or characters, when reading text)
   * @return the rule; never null
   */
  public static String documentLengthRule(Object max) {
    return "must be at most " + max + " bytes or characters long";
  }

  /**
   * Translates anything thrown while reading into a {@link SymposiaJsonException} that names the path: the
   * parser's own errors, broken limits, undecodable input and, as a last resort, unexpected runtime
   * exceptions.
   *
   * @param p the parser; may be null when it could not be created
   * @param e what was thrown; not null
   * @return the exception to throw
   */
  public static SymposiaJsonException translate(JsonParser p, Throwable e) {
    if (e instanceof SymposiaJsonException) {
      return (SymposiaJsonException) e;
    }
    String path = p == null ? JsonPaths.ROOT : JsonPaths.of(p.getParsingContext());
    JsonLocation location = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (location == null && p != null) {
      location = p.currentLocation();
    }
    if (e instanceof InvalidModelException) {
      InvalidModelException refusal = (InvalidModelException) e;
      return new SymposiaJsonException(p, JsonPaths.child(path, refusal.attribute()), refusal.rule(),
          refusal.offendingValue().map(Failures::describe).orElse(null), location, e);
    }
    String rule;
    if (e instanceof JsonEOFException) {
      rule = "unexpected end of input";
    } else if (isCollisionAttack(e)) {
      // Jackson's own guard, which advises turning itself off: the document alone is refused, and no later
      // one is affected (IsolatedJsonFactory).
      path = p == null ? JsonPaths.ROOT : JsonPaths.container(p.getParsingContext());
      rule = HASH_COLLISIONS_RULE;
    } else if (e instanceof StreamConstraintsException) {
      Matcher limit = LIMIT.matcher(((StreamConstraintsException) e).getOriginalMessage());
      if (limit.find()) {
        String max = limit.group(3);
        switch (limit.group(1)) {
          case "Document nesting depth":
            rule = "must not nest objects and arrays more than " + max + " deep";
            break;
          case "Document length":
            path = JsonPaths.ROOT;
            rule = documentLengthRule(max);
            break;
          case "Name length":
            path = p == null ? JsonPaths.ROOT : JsonPaths.container(p.getParsingContext());
            rule = "must not have a property name longer than " + max + " characters";
            break;
          default:
            rule = "must be at most " + max + " characters long";
        }
      } else {
        rule = decapitalise(((StreamConstraintsException) e).getOriginalMessage());
      }
    } else if (e instanceof JsonProcessingException) {
      rule = parserRule(((JsonProcessingException) e).getOriginalMessage());
    } else if (e instanceof CharConversionException || e instanceof CharacterCodingException) {
      rule = "cannot be decoded: " + e.getMessage();
    } else {
      rule = "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }
    return new SymposiaJsonException(p, path, rule, null, location, e);
  }

  private static boolean isCollisionAttack(Throwable e) {
    String message = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return message != null && message.regionMatches(true, 0, "Spill-over slots in symbol table", 0, 32);
  }

  /** Describes the current token as a refused value. */
  static String describe(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case VALUE_STRING:
        return Texts.quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Texts.shorten(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return "an embedded value";
    }
  }

  // Core's refused values, shown as they appear in JSON: enumeration constants by their JSON name, lists as arrays.
  private static String describe(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return Texts.shorten(value.toString());
    }
    if (value instanceof Enum) {
      return Texts.quote(((Enum<?>) value).name().toLowerCase(Locale.ROOT));
    }
    if (value instanceof List) {
      StringJoiner elements = new StringJoiner(", ", "[", "]");
      for (Object element : (List<?>) value) {
        elements.add(describe(element));
      }
      return elements.toString();
    }
    return Texts.quote(String.valueOf(value));
  }

  // The parser's messages, without its advice to enable features that the canonical form does not allow.
  private static String parserRule(String message) {
    if (message == null) {
      return "is not valid JSON";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "unexpected end of input";
    }
    String rule = JACKSON_ADVICE.matcher(message).replaceAll("");
    // Jackson 3 says "property name" where Jackson 2 says "field name"; the messages are Jackson 2's, in both
    // modules, since symposia-jackson3 is made from this source.
    return decapitalise(PROPERTY_NAME.matcher(rule).replaceAll("$1field name"));
  }

  private static String decapitalise(String message) {
    if (message == null || message.isEmpty()) {
      return "is not valid JSON";
    }
    if (message.length() > 1 && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message;
  }
}
