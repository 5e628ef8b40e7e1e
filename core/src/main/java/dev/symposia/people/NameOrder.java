package dev.symposia.people;

/**
 * The order in which a person's name parts are written.
 *
 * <p>Chinese, Japanese, Korean, Hungarian and Vietnamese names, among others, are usually written family
 * name first ({@code Wang Chen}); many others given name first ({@code John I. Gallin}). The same person
 * may be written either way in different sources: the order belongs to a written name, not to the person.
 */
public enum NameOrder {
  /** Family name, then given name, as in {@code Wang Chen}. */
  FAMILY_FIRST,
  /** Given name, then family name, as in {@code Peter J. Barnes}. */
  GIVEN_FIRST
}
