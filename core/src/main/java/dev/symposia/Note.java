package dev.symposia;

import dev.symposia.text.LocalizedText;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an editor says of one attribute of a record: that its value was inferred rather than stated, or that
 * it is kept as the source reported it although it is known to be wrong.
 *
 * <pre>{@code
 * Note edition = Note.inferred("edition", "counted from \"held for eight sessions since 2010\"");
 * Symposium.builder()...edition(8).addNotes(edition).build().isInferred("edition"); // true
 * }</pre>
 *
 * <p>A note lives on an {@link Aggregate} (a symposium, session, speaker, institution, agreement or
 * agreement record) and names an attribute of it by a path relative to it: attribute names joined by dots,
 * each list attribute followed by the zero-based index of an element, as in {@code edition},
 * {@code timeZone}, {@code positions[0]} or {@code participants[1].delivery}. The names are the model's
 * attribute names, which are also its JSON property names ({@code mainVenue} for {@code isMainVenue()}).
 * A path may name a whole list ({@code topics}), one element ({@code topics[2]}) or an attribute inside one.
 * Its syntax is checked here; whether it names an attribute that holds a value is checked when the aggregate
 * holding the note is built (see {@link Aggregate#notes()}).
 *
 * <p>Two notes are equal when their kind, path and reason are. Instances are immutable and thread-safe.
 */
public final class Note {
  private static final Pattern SEGMENT = Pattern.compile("[a-z][A-Za-z0-9]*(\\[(0|[1-9][0-9]{0,8})])?");
  private static final int MAX_PATH_LENGTH = 500;

  private final NoteKind kind;
  private final String path;
  private final LocalizedText reason;

  private Note(NoteKind kind, String path, LocalizedText reason) {
    this.kind = kind;
    this.path = path;
    this.reason = reason;
  }

  /**
   * Returns a note of any kind.
   *
   * @param kind what the note says; not null
   * @param path the attribute it names, relative to the aggregate that will hold it; not null
   * @param reason why, in the editor's words; may be null when none is given
   * @return the note; never null
   * @throws InvalidModelException if {@code kind} or {@code path} is null, or the path is not a sequence of
   *     attribute names with optional indexes, such as {@code participants[1].delivery}
   */
  public static Note of(NoteKind kind, String path, LocalizedText reason) {
    if (kind == null) {
      throw new InvalidModelException("Note", "kind", "is required");
    }
    checkPath(path);
    return new Note(kind, path, reason);
  }

  /**
   * Returns a note that the value at {@code path} was inferred by the editor.
   *
   * @param path the attribute, such as {@code edition}; not null
   * @param reason how it was inferred, in English; not null or blank
   * @return the note; never null
   * @throws InvalidModelException if the path is malformed (see {@link #of}) or the reason is null or blank
   */
  public static Note inferred(String path, String reason) {
    return of(NoteKind.INFERRED, path, LocalizedText.of(reason));
  }

  /**
   * Returns a note that the value at {@code path} is kept as the source reported it, although the editor
   * knows or believes it to be wrong.
   *
   * @param path the attribute, such as {@code positions[0]}; not null
   * @param reason what is wrong with it, in English; not null or blank
   * @return the note; never null
   * @throws InvalidModelException if the path is malformed (see {@link #of}) or the reason is null or blank
   */
  public static Note asReported(String path, String reason) {
    return of(NoteKind.AS_REPORTED, path, LocalizedText.of(reason));
  }

  /**
   * Tells whether a text is a well-formed path: attribute names (a lower-case letter, then letters and
   * digits) joined by dots, each optionally followed by an index in brackets without leading zeros.
   *
   * @param path the text; may be null, which is not a path
   * @return whether {@link #of} would accept it as a path
   */
  public static boolean isValidPath(String path) {
    if (path == null || path.isEmpty() || path.length() > MAX_PATH_LENGTH) {
      return false;
    }
    for (String segment : path.split("\\.", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void checkPath(String path) {
    if (path == null) {
      throw new InvalidModelException("Note", "path", "is required");
    }
    if (!isValidPath(path)) {
      throw new InvalidModelException("Note", "path",
          "must be attribute names joined by dots, each optionally with an index, such as participants[1].delivery",
          path);
    }
  }

  /**
   * Returns what the note says of the attribute.
   *
   * @return the kind; never null
   */
  public NoteKind kind() {
    return kind;
  }

  /**
   * Returns the attribute the note names, relative to the aggregate that holds the note.
   *
   * @return the path, such as {@code sessions[1].date}; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the editor's reason: how the value was inferred, or what is wrong with it.
   *
   * @return the reason; empty when none is given
   */
  public Optional<LocalizedText> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Note)) {
      return false;
    }
    Note that = (Note) other;
    return kind == that.kind && path.equals(that.path) && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, reason);
  }

  /**
   * Returns the kind and path, such as {@code INFERRED edition}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return kind + " " + path;
  }
}
