package dev.symposia.event;

/** How a participant delivered their contribution. */
public enum Delivery {
  /** In person, at the venue. */
  IN_PERSON,
  /** As a recorded video message. */
  VIDEO_MESSAGE,
  /** Live, from elsewhere, by video link. */
  LIVE_REMOTE
}
