package dev.symposia.presentation;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.LocalId;
import dev.symposia.internal.PartialLists;
import dev.symposia.internal.TextRules;
import dev.symposia.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An abstract presented at a symposium, orally or as a poster: its title, its number in the meeting's
 * abstract book, its authors, and where it is published (a DOI, or a citation of a journal supplement).
 *
 * <pre>{@code
 * Abstract poster = Abstract.builder().number("P-117").format(PresentationFormat.POSTER)
 *     .title(LocalizedText.of("Outcomes of a fictional screening programme"))
 *     .addAuthors(LocalId.of("aster-lin"), LocalId.of("tomas-verlaine"))
 *     .doi(Doi.parse("10.5555/fictional.p117")).build();
 * }</pre>
 *
 * <p>An abstract states at least its title, number or DOI. Authors are speakers of the symposium, referred to
 * by identifier, in the order given, each once; an author list that ends in "et al." is marked partial
 * ({@link #partialLists()}). The number is a text of at most {@value #MAX_NUMBER_LENGTH} characters, as the
 * meeting writes it ({@code LBA1}, {@code P-117}). Whether numbers repeat within a symposium is checked by the
 * validation module.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Abstract {
  Abstract() {}

  /** The greatest number of characters an abstract number may have. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final String TYPE = "Abstract";
  private static final List<String> PARTIAL_LISTS = List.of("authors");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the abstract's title.
   *
   * @return the title; empty when the source gives none
   */
  public abstract Optional<LocalizedText> title();

  /**
   * Returns the abstract's number in the meeting's programme or abstract book.
   *
   * @return the number, as written; empty when not stated
   */
  public abstract Optional<String> number();

  /**
   * Returns how the abstract is presented.
   *
   * @return the format; empty when not stated
   */
  public abstract Optional<PresentationFormat> format();

  /**
   * Returns the authors.
   *
   * @return identifiers of speakers of the symposium, in the order given, each once; never null, empty when
   *     not stated
   */
  public abstract List<LocalId> authors();

  /**
   * Returns the DOI of the published abstract or poster.
   *
   * @return the DOI; empty when not stated
   */
  public abstract Optional<Doi> doi();

  /**
   * Returns the citation of the journal supplement that publishes the abstract, as the source gives it, such
   * as "J Fict Oncol 12 (suppl 3): abstr 1000".
   *
   * @return the citation; empty when not stated
   */
  public abstract Optional<LocalizedText> citation();

  /**
   * Returns the names of this abstract's lists that the source gives only in part: {@code ["authors"]} for an
   * author list that ends in "et al.".
   *
   * @return list names, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this abstract only in part.
   *
   * @param list the list's name, {@code authors}; not null
   * @return true if {@link #partialLists()} names it
   * @throws InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial(TYPE, partialLists(), PARTIAL_LISTS, list);
  }

  @Value.Check
  void check() {
    PartialLists.check(TYPE, partialLists(), PARTIAL_LISTS);
    if (title().isEmpty() && number().isEmpty() && doi().isEmpty()) {
      throw new InvalidModelException(TYPE, "title", "or number or doi is required");
    }
    number().ifPresent(number -> {
      if (number.length() > MAX_NUMBER_LENGTH) {
        throw new InvalidModelException(TYPE, "number", "must be at most " + MAX_NUMBER_LENGTH + " characters long");
      }
      TextRules.requireText(TYPE, "number", number);
    });
    // A set, not a scan of the list so far: a document may list many, and the check must stay linear.
    Set<LocalId> seen = new HashSet<>();
    for (int i = 0; i < authors().size(); i++) {
      if (!seen.add(authors().get(i))) {
        throw new InvalidModelException(TYPE, "authors[" + i + "]", "must not name an author twice",
            authors().get(i));
      }
    }
  }

  /**
   * Returns the number and title, such as {@code Abstract[P-117 "Outcomes of a fictional screening programme"]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Abstract[" + number().orElse("") + title().map(t -> (number().isPresent() ? " " : "") + "\"" + t.text()
        + "\"").orElse("") + (number().isEmpty() && title().isEmpty() ? doi().get().value() : "") + "]";
  }

  /** Builds {@link Abstract} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableAbstract.Builder {
    Builder() {}

    /**
     * Sets the title from English text.
     *
     * @param title the title in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder title(String title) {
      title(title == null ? null : LocalizedText.of(title));
      return this;
    }
  }
}
