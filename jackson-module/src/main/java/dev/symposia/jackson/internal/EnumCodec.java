package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads and writes an enumeration as the lower-case name of its constant, such as {@code opening_ceremony}.
 * Any other string, other case included, is refused with the list of allowed values.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <E> the enumeration
 */
public final class EnumCodec<E extends Enum<E>> implements Codec<E> {
  private final Class<E> type;
  private final SerializedString[] names;
  // Constants indexed by the length of their name: reading compares the parser's characters with the
  // few names of that length, so a constant costs neither a String nor a hash.
  private final E[] constants;
  private final char[][][] namesByLength;
  private final int[][] ordinalsByLength;
  private final String rule;

  private EnumCodec(Class<E> type) {
    this.type = type;
    E[] constants = type.getEnumConstants();
    this.names = new SerializedString[constants.length];
    StringBuilder allowed = new StringBuilder("must be one of ");
    for (E constant : constants) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      names[constant.ordinal()] = new SerializedString(name);
      allowed.append(constant.ordinal() == 0 ? "" : ", ").append(name);
    }
    this.rule = allowed.toString();
    int longest = 0;
    for (E constant : constants) {
      longest = Math.max(longest, names[constant.ordinal()].getValue().length());
    }
    this.constants = constants;
    this.namesByLength = new char[longest + 1][0][];
    this.ordinalsByLength = new int[longest + 1][0];
    for (E constant : constants) {
      char[] name = names[constant.ordinal()].getValue().toCharArray();
      int length = name.length;
      int count = ordinalsByLength[length].length;
      namesByLength[length] = Arrays.copyOf(namesByLength[length], count + 1);
      namesByLength[length][count] = name;
      ordinalsByLength[length] = Arrays.copyOf(ordinalsByLength[length], count + 1);
      ordinalsByLength[length][count] = constant.ordinal();
    }
  }

  static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /**
   * Returns the enumeration.
   *
   * @return the type; never null
   */
  public Class<E> type() {
    return type;
  }

  /**
   * Reads the constant at the parser's current token.
   *
   * @param p the parser, at the value
   * @return the constant; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but one of the
   *     names
   */
  @Override
  public E read(JsonParser p, ReadContext context) throws IOException {
    return read(p);
  }

  /**
   * Reads the constant at the parser's current token.
   *
   * @param p the parser, at the value
   * @return the constant; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but one of the
   *     names
   */
  public E read(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw Failures.token(p, rule);
    }
    E constant = find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (constant == null) {
      throw Failures.at(p, rule, Texts.quote(p.getText()));
    }
    return constant;
  }

  private E find(char[] text, int offset, int length) {
    if (length >= namesByLength.length) {
      return null;
    }
    char[][] candidates = namesByLength[length];
    // Compared here rather than with Arrays.equals, whose range checks and vectorized comparison cost more than
    // the few characters of a name: a programme reads an enumerated value in most of its objects.
    for (int i = 0; i < candidates.length; i++) {
      char[] candidate = candidates[i];
      int matched = 0;
      while (matched < length && candidate[matched] == text[offset + matched]) {
        matched++;
      }
      if (matched == length) {
        return constants[ordinalsByLength[length][i]];
      }
    }
    return null;
  }

  /**
   * Returns the constant with a name, for map keys.
   *
   * @param text the name
   * @return the constant, or null if there is none with that name
   */
  public E parse(String text) {
    return find(text.toCharArray(), 0, text.length());
  }

  /**
   * Returns the rule a refused name breaks.
   *
   * @return the rule, listing the names; never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the JSON name of a constant.
   *
   * @param constant the constant; not null
   * @return the name; never null
   */
  public SerializedString name(E constant) {
    return names[constant.ordinal()];
  }

  /**
   * Writes a constant.
   *
   * @param constant the constant; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  @Override
  public void write(E constant, JsonGenerator g) throws IOException {
    g.writeString(names[constant.ordinal()]);
  }
}
