package dev.symposia.place;

import dev.symposia.InvalidModelException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An ISO 3166-1 alpha-2 code of a country or territory.
 *
 * <pre>{@code
 * CountryCode china = CountryCode.of("CN");
 * china.displayName(Locale.FRENCH); // "Chine"
 * }</pre>
 *
 * <p>Only the 249 codes that ISO 3166-1 currently assigns are accepted, territories such as {@code HK},
 * {@code MO}, {@code TW} and {@code PR} included. Codes that are reserved but not assigned (such as
 * {@code EU}, {@code UK} or the user-assigned {@code XK}) and codes that were withdrawn (such as
 * {@code AN} or {@code YU}) are refused. The list is part of this class, so that the same input is
 * accepted on every Java version, whatever country list its locale data holds. Codes are written in
 * upper case; {@code "cn"} is refused rather than corrected.
 *
 * <p>Two codes are equal when their values are equal, and are ordered alphabetically. {@link #toString()}
 * prints the code, which {@link #of(String)} reads back.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final String TYPE = "CountryCode";
  private static final String ATTRIBUTE = "value";

  // The codes ISO 3166-1 assigns: the same 249 as Debian's iso-codes 4.15 and the locale data of Java 17.
  private static final String ASSIGNED = ""
      + "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ "
      + "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
      + "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
      + "DE DJ DK DM DO DZ "
      + "EC EE EG EH ER ES ET "
      + "FI FJ FK FM FO FR "
      + "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
      + "HK HM HN HR HT HU "
      + "ID IE IL IM IN IO IQ IR IS IT "
      + "JE JM JO JP "
      + "KE KG KH KI KM KN KP KR KW KY KZ "
      + "LA LB LC LI LK LR LS LT LU LV LY "
      + "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ "
      + "NA NC NE NF NG NI NL NO NP NR NU NZ "
      + "OM "
      + "PA PE PF PG PH PK PL PM PN PR PS PT PW PY "
      + "QA "
      + "RE RO RS RU RW "
      + "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ "
      + "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ "
      + "UA UG UM US UY UZ "
      + "VA VC VE VG VI VN VU "
      + "WF WS "
      + "YE YT "
      + "ZA ZM ZW";

  private static final Map<String, CountryCode> INSTANCES = instances();

  private final String value;

  private CountryCode(String value) {
    this.value = value;
  }

  private static Map<String, CountryCode> instances() {
    Map<String, CountryCode> instances = new HashMap<>();
    for (String code : ASSIGNED.split(" ")) {
      instances.put(code, new CountryCode(code));
    }
    return Map.copyOf(instances);
  }

  /**
   * Returns the country code with a given value.
   *
   * @param value the code, two upper-case letters such as {@code "CN"}; may be null, which is refused
   * @return the country code; never null
   * @throws InvalidModelException if {@code value} is null, is not two upper-case ASCII letters, or is
   *     not a code that ISO 3166-1 currently assigns
   */
  public static CountryCode of(String value) {
    if (value == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is required");
    }
    if (!isTwoUpperCaseLetters(value)) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "must be two upper-case letters", value);
    }
    CountryCode code = INSTANCES.get(value);
    if (code == null) {
      throw new InvalidModelException(TYPE, ATTRIBUTE, "is not an assigned ISO 3166-1 alpha-2 code", value);
    }
    return code;
  }

  /**
   * Tells whether {@link #of(String)} would accept a value.
   *
   * @param value the value to test; may be null
   * @return true if {@code value} is an assigned ISO 3166-1 alpha-2 code in upper case; false otherwise,
   *     including for null
   */
  public static boolean isValid(String value) {
    return value != null && INSTANCES.containsKey(value);
  }

  private static boolean isTwoUpperCaseLetters(String value) {
    return value.length() == 2
        && value.charAt(0) >= 'A' && value.charAt(0) <= 'Z'
        && value.charAt(1) >= 'A' && value.charAt(1) <= 'Z';
  }

  /**
   * Returns the code.
   *
   * @return two upper-case letters, such as {@code "CN"}; never null
   */
  public String value() {
    return value;
  }

  /**
   * Returns the name of the country or territory in a language, from the locale data of the running
   * Java platform.
   *
   * @param locale the language to name the country in, such as {@link Locale#ENGLISH}; not null
   * @return the name, such as {@code "China"}; the code itself if the platform has no name for it;
   *     never null
   * @throws InvalidModelException if {@code locale} is null
   */
  public String displayName(Locale locale) {
    if (locale == null) {
      throw new InvalidModelException(TYPE, "locale", "is required");
    }
    return new Locale.Builder().setRegion(value).build().getDisplayCountry(locale);
  }

  /**
   * Orders country codes alphabetically.
   *
   * @param other the code to compare with; not null
   * @return a negative number, zero or a positive number as this code sorts before, with or after
   *     {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(CountryCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Tells whether another object is the same country code.
   *
   * @param other the object to compare with; may be null
   * @return true if {@code other} is a country code with the same value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode && value.equals(((CountryCode) other).value);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the value
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the code, which {@link #of(String)} reads back.
   *
   * @return two upper-case letters, such as {@code "CN"}; never null
   */
  @Override
  public String toString() {
    return value;
  }
}
