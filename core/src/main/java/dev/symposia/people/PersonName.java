package dev.symposia.people;

import dev.symposia.InvalidModelException;
import dev.symposia.internal.LanguageTags;
import dev.symposia.internal.TextRules;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's name as one source writes it: its parts, their order and, if the source has its own
 * spelling, that spelling.
 *
 * <pre>{@code
 * PersonName wang = PersonName.familyFirst("Wang", "Chen");           // "Wang Chen"
 * PersonName liu = PersonName.builder().familyName("Liu").givenName("Enmei")
 *     .order(NameOrder.FAMILY_FIRST).asWritten("LIU Enmei").build();  // "LIU Enmei"
 * }</pre>
 *
 * <p>A name has a family name, a given name or both; neither may be blank. {@link #displayName()} is the
 * spelling as written when there is one, otherwise the parts joined in their order. A name may carry the
 * language or script it is written in ({@code zh-Hans} for {@code 王辰}), so that one person can have names
 * in several languages.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PersonName {
  PersonName() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a name written family name first, such as {@code Wang Chen}.
   *
   * @param familyName the family name; not null or blank
   * @param givenName the given name; not null or blank
   * @return the name; never null
   * @throws InvalidModelException if a part is null or blank
   */
  public static PersonName familyFirst(String familyName, String givenName) {
    return builder().familyName(familyName).givenName(givenName).order(NameOrder.FAMILY_FIRST).build();
  }

  /**
   * Returns a name written given name first, such as {@code Peter J. Barnes}.
   *
   * @param givenName the given name, with any middle names or initials; not null or blank
   * @param familyName the family name; not null or blank
   * @return the name; never null
   * @throws InvalidModelException if a part is null or blank
   */
  public static PersonName givenFirst(String givenName, String familyName) {
    return builder().givenName(givenName).familyName(familyName).order(NameOrder.GIVEN_FIRST).build();
  }

  /**
   * Returns the family name (surname).
   *
   * @return the family name; empty when the source gives only a given name
   */
  public abstract Optional<String> familyName();

  /**
   * Returns the given name, with any middle names or initials.
   *
   * @return the given name; empty when the source gives only a family name
   */
  public abstract Optional<String> givenName();

  /**
   * Returns the order in which the parts are written.
   *
   * @return the order; never null
   */
  public abstract NameOrder order();

  /**
   * Returns the name exactly as the source writes it, when that differs from joining the parts, such as
   * {@code LIU Enmei} with the family name in capitals.
   *
   * @return the written form; empty when the parts joined in order are the written form
   */
  public abstract Optional<String> asWritten();

  /**
   * Returns the language, and possibly the script, the name is written in.
   *
   * @return the language, such as {@code zh-Hans}; empty when not stated
   */
  public abstract Optional<Locale> language();

  /**
   * Returns the name for display: the written form when there is one, otherwise the parts joined with a
   * space in their order.
   *
   * @return the display name; never null or blank
   */
  public String displayName() {
    if (asWritten().isPresent()) {
      return asWritten().get();
    }
    String family = familyName().orElse("");
    String given = givenName().orElse("");
    String joined = order() == NameOrder.FAMILY_FIRST ? family + " " + given : given + " " + family;
    return joined.strip();
  }

  @Value.Check
  void check() {
    // Each optional read once: a programme checks tens of thousands of names, and the optionals the
    // accessors made here were a few percent of everything reading one allocated.
    String family = familyName().orElse(null);
    String given = givenName().orElse(null);
    if (family == null && given == null) {
      throw new InvalidModelException("PersonName", "familyName", "or givenName is required");
    }
    requireNotBlank("familyName", family);
    requireNotBlank("givenName", given);
    requireNotBlank("asWritten", asWritten().orElse(null));
    if (language().isPresent() && !LanguageTags.isTagged(language().get())) {
      // A legacy locale would be written as a tag that reads back as another locale.
      throw new InvalidModelException("PersonName", "language", "must be the locale its language tag "
          + language().get().toLanguageTag() + " names", language().get());
    }
  }

  private static void requireNotBlank(String attribute, String value) {
    if (value != null) {
      TextRules.requireText("PersonName", attribute, value);
    }
  }

  /**
   * Returns the {@linkplain #displayName() display name}.
   *
   * @return the display name; never null
   */
  @Override
  public String toString() {
    return displayName();
  }

  /**
   * Builds {@link PersonName} instances. Not thread-safe; {@link #build()} copies what it was given.
   */
  public static final class Builder extends ImmutablePersonName.Builder {
    Builder() {}
  }
}
