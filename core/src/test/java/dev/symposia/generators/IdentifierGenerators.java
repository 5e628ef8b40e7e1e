package dev.symposia.generators;

import dev.symposia.identifier.Doi;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid identifiers, shared with the tests of the other modules through the test jar.
 *
 * <p>The check characters are computed here from the textbook definitions of ISO/IEC 7064, written
 * differently from the production code, so that a generated identifier that the production code refuses
 * reveals a bug in one of them.
 */
public final class IdentifierGenerators {
  /** Crockford's base 32 alphabet in lower case, as ROR writes it. */
  public static final String CROCKFORD_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private static final List<Character> LOCAL_ID_FIRST =
      chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
  private static final List<Character> LOCAL_ID_OTHERS =
      chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-:");

  // Characters of DOI suffixes as registrants write them: letters, digits and the punctuation of SICI-style
  // suffixes; now and then characters a URL must escape, and letters outside ASCII.
  private static final String DOI_PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._;()/:";
  private static final String DOI_ESCAPED = "<>#%?&+[]\"'^{}|`";
  private static final List<String> DOI_NON_ASCII = List.of("é", "ü", "ß", "中", "文", "ø", "\uD835\uDD38");

  private IdentifierGenerators() {}

  /**
   * DOIs of every form the syntax allows: registrant codes of 4 to 9 digits, sometimes with sub-codes, and
   * suffixes of 1 to 40 visible characters, mostly letters, digits and punctuation, sometimes characters
   * that a URL must escape or that are not ASCII. The texts stay short, as {@code toString()} must.
   *
   * @return the generator
   */
  public static Gen<Doi> dois() {
    return Draw.gen(draw -> {
      StringBuilder doi = new StringBuilder("10.");
      for (int i = draw.between(4, 9); i > 0; i--) {
        doi.append((char) ('0' + draw.between(0, 9)));
      }
      for (int codes = draw.chance(15) ? draw.between(1, 2) : 0; codes > 0; codes--) {
        doi.append('.');
        for (int i = draw.between(1, 3); i > 0; i--) {
          doi.append((char) ('0' + draw.between(0, 9)));
        }
      }
      doi.append('/');
      for (int i = draw.between(1, 40); i > 0; i--) {
        int kind = draw.between(0, 19);
        if (kind < 16) {
          doi.append(DOI_PLAIN.charAt(draw.between(0, DOI_PLAIN.length() - 1)));
        } else if (kind < 18) {
          doi.append(DOI_ESCAPED.charAt(draw.between(0, DOI_ESCAPED.length() - 1)));
        } else {
          doi.append(draw.pick(DOI_NON_ASCII));
        }
      }
      return Doi.parse(doi.toString());
    });
  }

  /**
   * ORCID iDs from the two blocks that ORCID assigns from.
   *
   * @return the generator
   */
  public static Gen<Orcid> orcids() {
    Gen<Long> firstBlock = Generate.longRange(15_000_000L, 35_000_000L);
    Gen<Long> secondBlock = Generate.longRange(900_000_000_000L, 900_100_000_000L);
    return Generate.oneOf(firstBlock, secondBlock).map(base -> Orcid.parse(hyphenate(withMod11_2(base))));
  }

  /**
   * ISNIs with any fifteen-digit base, in their compact form.
   *
   * @return the generator
   */
  public static Gen<Isni> isnis() {
    return isniTexts().map(Isni::parse);
  }

  /**
   * Compact ISNI texts, sixteen characters with a correct MOD 11-2 check character; any of them is also a
   * valid ORCID iD once hyphenated.
   *
   * @return the generator
   */
  public static Gen<String> isniTexts() {
    Gen<Long> small = Generate.longRange(0L, 99_999_999L);
    Gen<Long> any = Generate.longRange(0L, 999_999_999_999_999L);
    return Generate.oneOf(small, any).map(IdentifierGenerators::withMod11_2);
  }

  /**
   * ROR identifiers over the whole six-character space.
   *
   * @return the generator
   */
  public static Gen<RorId> rorIds() {
    return Generate.longRange(0L, (1L << 30) - 1).map(n -> RorId.parse(rorText(n)));
  }

  /**
   * Wikidata item identifiers, mostly with numbers of the size Wikidata uses, sometimes up to
   * {@link Long#MAX_VALUE}.
   *
   * @return the generator
   */
  public static Gen<WikidataId> wikidataIds() {
    Gen<Long> usual = Generate.longRange(1L, 200_000_000L);
    Gen<Long> any = Generate.longRange(1L, Long.MAX_VALUE);
    return Generate.frequency(Pair.of(4, usual), Pair.of(1, any)).map(n -> WikidataId.parse("Q" + n));
  }

  /**
   * Local identifiers of 1 to 128 characters.
   *
   * @return the generator
   */
  public static Gen<LocalId> localIds() {
    Gen<Character> first = Generate.pick(LOCAL_ID_FIRST);
    Gen<List<Character>> others = SourceDSL.lists().of(Generate.pick(LOCAL_ID_OTHERS)).ofSizeBetween(0, 127);
    return first.zip(others, (head, tail) -> LocalId.of(head + text(tail)));
  }

  /**
   * Appends the ISO/IEC 7064 MOD 11-2 check character to a fifteen-digit number.
   *
   * <p>The check character {@code c} is the one for which the weighted sum of all sixteen values, the
   * rightmost weighted 2⁰, the next 2¹ and so on, leaves remainder 1 modulo 11.
   *
   * @param base the number, from 0 to 10¹⁵ - 1
   * @return the sixteen characters
   */
  public static String withMod11_2(long base) {
    String digits = String.format(Locale.ROOT, "%015d", base);
    int sum = 0;
    int weight = 2;
    for (int i = digits.length() - 1; i >= 0; i--) {
      sum = (sum + (digits.charAt(i) - '0') * weight) % 11;
      weight = weight * 2 % 11;
    }
    for (int check = 0; check <= 10; check++) {
      if ((sum + check) % 11 == 1) {
        return digits + (check == 10 ? "X" : Integer.toString(check));
      }
    }
    throw new AssertionError("no check character for " + base);
  }

  /**
   * Writes sixteen characters in the ORCID form, four groups of four separated by hyphens.
   *
   * @param compact the sixteen characters
   * @return the hyphenated form
   */
  public static String hyphenate(String compact) {
    return compact.substring(0, 4) + '-' + compact.substring(4, 8) + '-' + compact.substring(8, 12) + '-'
        + compact.substring(12, 16);
  }

  /**
   * Writes the ROR identifier of a number: {@code 0}, six base 32 characters, and the two check digits
   * of ISO/IEC 7064 MOD 97-10, the ones from 2 to 98 that make the decimal number followed by them
   * leave remainder 1 modulo 97.
   *
   * @param number the number, from 0 to 2³⁰ - 1
   * @return the nine characters
   */
  public static String rorText(long number) {
    StringBuilder body = new StringBuilder();
    long rest = number;
    for (int i = 0; i < 6; i++) {
      body.insert(0, CROCKFORD_ALPHABET.charAt((int) (rest % 32)));
      rest /= 32;
    }
    BigInteger shifted = BigInteger.valueOf(number).multiply(BigInteger.valueOf(100));
    for (int check = 2; check <= 98; check++) {
      if (shifted.add(BigInteger.valueOf(check)).mod(BigInteger.valueOf(97)).intValue() == 1) {
        return "0" + body + (check < 10 ? "0" : "") + check;
      }
    }
    throw new AssertionError("no check digits for " + number);
  }

  private static List<Character> chars(String text) {
    return text.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
  }

  private static String text(List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }
}
