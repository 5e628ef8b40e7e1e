package dev.symposia.identifier;

/** The ISO/IEC 7064 check character systems that the identifiers of this package use. */
final class CheckCharacters {
  private CheckCharacters() {}

  /**
   * Computes the ISO/IEC 7064 MOD 11-2 check character of a run of decimal digits.
   *
   * @param digits the text holding the digits; not null
   * @param start the index of the first digit
   * @param end the index after the last digit
   * @param skip a separator to pass over between the digits
   * @return {@code '0'} to {@code '9'}, or {@code 'X'} for ten
   */
  static char mod11_2(String digits, int start, int end, char skip) {
    int total = 0;
    for (int i = start; i < end; i++) {
      char c = digits.charAt(i);
      if (c != skip) {
        total = (total + (c - '0')) * 2 % 11;
      }
    }
    int check = (12 - total) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /**
   * Computes the two ISO/IEC 7064 MOD 97-10 check digits of a number written in decimal.
   *
   * @param number the number; not negative and less than {@code Long.MAX_VALUE / 100}
   * @return the check digits, from 1 to 98
   */
  static int mod97_10(long number) {
    return (int) (98 - number * 100 % 97);
  }
}
