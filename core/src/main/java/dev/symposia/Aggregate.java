package dev.symposia;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.internal.Notes;
import dev.symposia.people.Speaker;
import java.util.List;

/**
 * One of the six types that stand on their own as a record, and so as a whole document of the canonical
 * JSON form: {@link Symposium}, {@link Session}, {@link Speaker}, {@link Institution},
 * {@link CooperationAgreement} and {@link AgreementRecord}.
 *
 * <pre>{@code
 * Aggregate record = Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen")).build();
 * record.id(); // wang-chen
 * }</pre>
 *
 * <p>The interface is sealed: no other type can be an aggregate, so that an API that takes one (such as
 * the JSON module's {@code SymposiaJson.write}) refuses anything else when it is compiled, not when it runs.
 *
 * <p>Every aggregate can carry {@link #notes()}: what its editor says of its attributes, that a value was
 * inferred rather than stated by the source, or is kept as reported although known to be wrong.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Aggregate
    permits Symposium, Session, Speaker, Institution, CooperationAgreement, AgreementRecord {
  /**
   * Returns the identifier of the record: unique within its symposium (or agreement record) for a session,
   * speaker, institution or agreement, the symposium's own for a symposium, and its agreement's for an
   * agreement record.
   *
   * @return the identifier; never null
   */
  LocalId id();

  /**
   * Returns what the editor says of this record's attributes: which values were inferred rather than stated
   * by the source, and which are kept as the source reported them although known to be wrong. An attribute
   * that no note names is stated by the source.
   *
   * <pre>{@code
   * isctm.notes(); // [INFERRED edition, INFERRED timeZone]
   * }</pre>
   *
   * <p>Each note names an attribute by a path relative to this record (see {@link Note}). Building an
   * aggregate refuses, with an {@link InvalidModelException} naming {@code notes[i].path}, a note whose path
   * names no attribute of the model, an index past the end of a list, or an attribute that holds no value
   * (an absent optional, an empty list).
   *
   * @return the notes, in the order given; never null, possibly empty
   */
  List<Note> notes();

  /**
   * Returns the notes on one attribute: this record's notes with exactly that path, then those of the
   * aggregates the path goes through, with the rest of the path. From a symposium,
   * {@code notesOn("sessions[1].participants[0].delivery")} finds a symposium's note with that path and the
   * second session's note {@code participants[0].delivery}.
   *
   * @param path the attribute's path, as in {@link Note#path()}; may be null or malformed, which finds nothing
   * @return the notes; never null, empty when the attribute is stated as the source says it
   */
  default List<Note> notesOn(String path) {
    return Notes.on(this, path);
  }

  /**
   * Tells whether the editor inferred the value of an attribute: whether a note of kind
   * {@link NoteKind#INFERRED} is on it (see {@link #notesOn(String)}).
   *
   * <pre>{@code
   * isctm.isInferred("edition"); // true: counted from "eight sessions since 2010"
   * isctm.isInferred("dates");   // false: stated
   * }</pre>
   *
   * @param path the attribute's path; may be null or malformed, which is not inferred
   * @return whether the value is marked inferred
   */
  default boolean isInferred(String path) {
    return notesOn(path).stream().anyMatch(note -> note.kind() == NoteKind.INFERRED);
  }

  /**
   * Tells whether an attribute is kept as the source reported it although the editor knows it to be wrong:
   * whether a note of kind {@link NoteKind#AS_REPORTED} is on it (see {@link #notesOn(String)}).
   *
   * @param path the attribute's path; may be null or malformed, which is not marked
   * @return whether the value is marked as reported
   */
  default boolean isAsReported(String path) {
    return notesOn(path).stream().anyMatch(note -> note.kind() == NoteKind.AS_REPORTED);
  }
}
