package dev.symposia.generators;

import dev.symposia.Note;
import dev.symposia.NoteKind;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of editors' notes ({@link Note}), valid for the aggregates they are put on. */
public final class NoteGenerators {
  private NoteGenerators() {}

  /**
   * Returns notes of either kind, with or without a reason, on one of the given paths.
   *
   * @param paths paths that name stated attributes of the aggregate the notes will be put on; not empty
   * @return the generator
   */
  public static Gen<Note> notesOn(List<String> paths) {
    return Draw.gen(draw -> note(draw, paths));
  }

  static Note note(Draw draw, List<String> paths) {
    return Note.of(draw.pick(NoteKind.class), draw.pick(paths),
        draw.maybe(70, () -> draw.from(TextGenerators.localizedTexts())).orElse(null));
  }

  /** Draws up to {@code max} notes on the given paths; none when there are no paths. */
  static List<Note> notes(Draw draw, List<String> paths, int max) {
    List<Note> notes = new ArrayList<>();
    if (!paths.isEmpty()) {
      int size = draw.chance(30) ? draw.between(1, max) : 0;
      for (int i = 0; i < size; i++) {
        notes.add(note(draw, paths));
      }
    }
    return notes;
  }
}
