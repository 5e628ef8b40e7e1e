package dev.symposia.event;

/** How another event is related to a symposium. */
public enum EventRelation {
  /** The symposium is one part of the other event. */
  PART_OF,
  /** The other event is one of the parts of the symposium, as when two events are held together under one title. */
  COMPONENT,
  /** The other event is the next edition of the symposium's series. */
  NEXT_EDITION,
  /** The other event is the previous edition of the symposium's series. */
  PREVIOUS_EDITION
}
