package dev.symposia.agreement;

/** What sort of document a {@link CooperationAgreement} is. */
public enum AgreementKind {
  /** A cooperation agreement, the general case. */
  COOPERATION,
  /** A memorandum of understanding. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** A framework agreement under which later agreements are made. */
  FRAMEWORK,
  /** A letter of intent. */
  LETTER_OF_INTENT,
  /** Any other kind of agreement. */
  OTHER
}
