package dev.symposia.generators;

import dev.symposia.generators.Words.Bilingual;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.WikidataId;
import dev.symposia.people.Honorific;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.time.PartialDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;

/**
 * Generators of valid names, positions and speakers, shared with the other modules' tests through the test
 * jar.
 *
 * <p>Names come in the forms the reference events use: Chinese names in pinyin, family name first and
 * sometimes with the family name in capitals ({@code LIU Enmei}) or given name first ({@code Yilong Wu});
 * Chinese names in characters ({@code 王辰}, tagged {@code zh-Hans}); Western names given name first
 * ({@code Peter J. Barnes}); Japanese, Korean and Vietnamese names family name first; and single names with
 * only a given or only a family name.
 */
public final class PeopleGenerators {
  private PeopleGenerators() {}

  private static final List<Bilingual> UNNAMED_DESCRIPTIONS = List.of(
      new Bilingual("a representative of the ministry", "该部一名代表"),
      new Bilingual("an invited lecturer from a partner university", "一位来自合作大学的特邀讲者"),
      new Bilingual("an author identified only by her ORCID", "一位仅以 ORCID 标识的作者"));

  /**
   * Returns person names of every form: Chinese in pinyin or characters, Western, East Asian family name
   * first, single names; some with a written form or a language.
   *
   * @return the generator
   */
  public static Gen<PersonName> personNames() {
    return Draw.gen(draw -> personName(draw, key -> true));
  }

  /**
   * Returns positions with a title and no institution, current or former, sometimes with the dates they were
   * held from and until.
   *
   * @return the generator
   */
  public static Gen<Position> positions() {
    return positions(List.of());
  }

  /**
   * Returns positions at the given institutions: a title at an institution, a bare affiliation, or a title
   * alone; current or former; sometimes held since a date, until a date, or both (never ending before they
   * start).
   *
   * @param institutionIds the institutions a position may refer to; empty for titles alone
   * @return the generator
   */
  public static Gen<Position> positions(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> position(draw, institutions));
  }

  /**
   * Returns speakers with arbitrary identifiers of up to 24 characters and positions that name no institution.
   *
   * @return the generator
   */
  public static Gen<Speaker> speakers() {
    return speakers(List.of());
  }

  /**
   * Returns speakers with arbitrary identifiers of up to 24 characters whose positions refer only to the
   * given institutions.
   *
   * @param institutionIds the institutions positions may refer to; empty for titles alone
   * @return the generator
   */
  public static Gen<Speaker> speakers(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> speaker(draw, draw.localId(), institutions,
        new HashSet<>(), new HashSet<>()));
  }

  /**
   * Returns speakers with the given identifier whose positions refer only to the given institutions.
   *
   * @param id the speakers' identifier; not null
   * @param institutionIds the institutions positions may refer to; empty for titles alone
   * @return the generator
   */
  public static Gen<Speaker> speakers(LocalId id, List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> speaker(draw, id, institutions, new HashSet<>(), new HashSet<>()));
  }

  /**
   * Makes one speaker whose name's {@linkplain #nameKey key} is not in {@code usedNames} and whose ORCID iD,
   * ISNI and Wikidata item are not in {@code usedIdentifiers}; adds them to both sets.
   */
  static Speaker speaker(Draw draw, LocalId id, List<LocalId> institutionIds, Set<String> usedNames,
      Set<String> usedIdentifiers) {
    Speaker.Builder speaker = Speaker.builder().id(id);
    // Now and then a person the source does not name, known by a description or an identifier.
    boolean unnamed = draw.chance(8);
    if (!unnamed) {
      PersonName name = personName(draw, key -> !usedNames.contains(key));
      usedNames.add(nameKey(name));
      speaker.name(name);
      for (PersonName other : otherNames(draw, name)) {
        String key = nameKey(other);
        if (key.equals(nameKey(name)) || usedNames.add(key)) {
          speaker.addOtherNames(other);
        }
      }
    }
    speaker.addAllHonorifics(draw.sample(List.of(Honorific.values()), 0, 2));
    List<String> seenPositions = new ArrayList<>();
    for (Position position : draw.listOf(0, 3, () -> position(draw, institutionIds))) {
      String key = position.title().map(t -> t.text()).orElse("") + "@" + position.institution();
      if (!seenPositions.contains(key)) {
        seenPositions.add(key);
        speaker.addPositions(position);
      }
    }
    boolean identified = false;
    if (draw.chance(30)) {
      Optional<Orcid> orcid = UniqueIdentifiers.orcid(draw, usedIdentifiers);
      orcid.ifPresent(speaker::orcid);
      identified = orcid.isPresent();
    }
    if (draw.chance(20)) {
      Optional<Isni> isni = UniqueIdentifiers.isni(draw, usedIdentifiers);
      isni.ifPresent(speaker::isni);
      identified |= isni.isPresent();
    }
    if (draw.chance(25)) {
      Optional<WikidataId> wikidataId = UniqueIdentifiers.wikidataId(draw, usedIdentifiers);
      wikidataId.ifPresent(speaker::wikidataId);
      identified |= wikidataId.isPresent();
    }
    if (unnamed ? !identified || draw.chance(60) : draw.chance(5)) {
      speaker.description(draw.pick(UNNAMED_DESCRIPTIONS).in(draw));
    }
    return speaker.build();
  }

  static Position position(Draw draw, List<LocalId> institutionIds) {
    Position.Builder position = Position.builder();
    Optional<LocalId> institution = institutionIds.isEmpty() || draw.chance(15)
        ? Optional.empty() : Optional.of(draw.pick(institutionIds));
    if (institution.isEmpty() || draw.chance(80)) {
      position.title(draw.pick(Words.POSITION_TITLES).in(draw));
    }
    position.institution(institution);
    if (draw.chance(20)) {
      position.status(PositionStatus.FORMER);
    }
    Optional<PartialDate> since = draw.maybe(25, () -> draw.from(TimeGenerators.partialDates()));
    Optional<PartialDate> until = draw.maybe(25, () -> draw.from(TimeGenerators.partialDates()));
    // Swapped, an end certainly before its start is a start certainly before its end, which is valid.
    boolean swap = since.isPresent() && until.isPresent() && until.get().isCertainlyBefore(since.get());
    return position.since(swap ? until : since).until(swap ? since : until).build();
  }

  /** The forms of names, each with its own parts. */
  private enum Form {
    CHINESE_PINYIN(Words.CHINESE_FAMILY_NAMES.size(), Words.CHINESE_GIVEN_NAMES.size()),
    CHINESE_CHARACTERS(Words.CHINESE_FAMILY_NAMES.size(), Words.CHINESE_GIVEN_NAMES.size()),
    WESTERN(Words.WESTERN_FAMILY_NAMES.size(), Words.WESTERN_GIVEN_NAMES.size()),
    EAST_ASIAN(Words.EAST_ASIAN_FAMILY_NAMES.size(), Words.EAST_ASIAN_GIVEN_NAMES.size()),
    SINGLE(1, Words.SINGLE_NAMES.size());

    final int families;
    final int givens;

    Form(int families, int givens) {
      this.families = families;
      this.givens = givens;
    }

    int combinations() {
      return families * givens;
    }
  }

  /** The optional touches of a name, drawn once so that the number of draws does not depend on clashes. */
  private record Touches(boolean capitals, boolean givenFirst, int language, boolean familyOnly) {}

  /**
   * Makes a name whose key {@code isFree} accepts: the drawn combination of parts if free, otherwise the
   * next free combination of the same form, otherwise of any form.
   */
  static PersonName personName(Draw draw, Predicate<String> isFree) {
    int weight = draw.between(0, 10);
    Form form = weight < 4 ? Form.CHINESE_PINYIN : weight < 6 ? Form.CHINESE_CHARACTERS
        : weight < 9 ? Form.WESTERN : weight < 10 ? Form.EAST_ASIAN : Form.SINGLE;
    int start = draw.between(0, form.combinations() - 1);
    Touches touches = new Touches(draw.chance(30), draw.chance(20), draw.between(0, 3), draw.chance(50));
    for (int i = 0; i < form.combinations(); i++) {
      PersonName name = name(form, (start + i) % form.combinations(), touches);
      if (isFree.test(nameKey(name))) {
        return name;
      }
    }
    for (Form other : Form.values()) {
      for (int i = 0; i < other.combinations(); i++) {
        PersonName name = name(other, i, touches);
        if (isFree.test(nameKey(name))) {
          return name;
        }
      }
    }
    throw new IllegalStateException("every generated name is taken");
  }

  private static PersonName name(Form form, int combination, Touches touches) {
    int family = combination / form.givens;
    int given = combination % form.givens;
    PersonName.Builder name = PersonName.builder();
    switch (form) {
      case CHINESE_PINYIN: {
        String familyName = Words.CHINESE_FAMILY_NAMES.get(family).en();
        String givenName = Words.CHINESE_GIVEN_NAMES.get(given).en();
        name.familyName(familyName).givenName(givenName)
            .order(touches.givenFirst() ? NameOrder.GIVEN_FIRST : NameOrder.FAMILY_FIRST);
        if (touches.capitals() && !touches.givenFirst()) {
          name.asWritten(familyName.toUpperCase(Locale.ROOT) + " " + givenName);
        }
        if (touches.language() == 1) {
          name.language(Locale.forLanguageTag("zh-Latn"));
        }
        break;
      }
      case CHINESE_CHARACTERS: {
        String familyName = Words.CHINESE_FAMILY_NAMES.get(family).zh();
        String givenName = Words.CHINESE_GIVEN_NAMES.get(given).zh();
        name.familyName(familyName).givenName(givenName).order(NameOrder.FAMILY_FIRST)
            .asWritten(familyName + givenName)
            .language(Locale.forLanguageTag(touches.language() == 3 ? "zh-Hant" : "zh-Hans"));
        break;
      }
      case WESTERN: {
        String familyName = Words.WESTERN_FAMILY_NAMES.get(family);
        String givenName = Words.WESTERN_GIVEN_NAMES.get(given);
        name.familyName(familyName).givenName(givenName).order(NameOrder.GIVEN_FIRST);
        if (touches.capitals()) {
          name.asWritten(givenName + " " + familyName.toUpperCase(Locale.ROOT));
        }
        if (touches.language() == 1) {
          name.language(Locale.ENGLISH);
        }
        break;
      }
      case EAST_ASIAN: {
        String familyName = Words.EAST_ASIAN_FAMILY_NAMES.get(family);
        name.familyName(familyName).givenName(Words.EAST_ASIAN_GIVEN_NAMES.get(given))
            .order(NameOrder.FAMILY_FIRST);
        if (touches.capitals()) {
          name.asWritten(familyName.toUpperCase(Locale.ROOT) + " " + Words.EAST_ASIAN_GIVEN_NAMES.get(given));
        }
        break;
      }
      default: {
        String single = Words.SINGLE_NAMES.get(given);
        if (touches.familyOnly()) {
          name.familyName(single);
        } else {
          name.givenName(single);
        }
        name.order(touches.givenFirst() ? NameOrder.GIVEN_FIRST : NameOrder.FAMILY_FIRST);
        break;
      }
    }
    return name.build();
  }

  /** Other forms of a name: the characters of a pinyin name, the pinyin of a name in characters. */
  private static List<PersonName> otherNames(Draw draw, PersonName name) {
    List<PersonName> others = new ArrayList<>();
    if (!draw.chance(40) || name.familyName().isEmpty() || name.givenName().isEmpty()) {
      return others;
    }
    String family = name.familyName().get();
    String given = name.givenName().get();
    for (int f = 0; f < Words.CHINESE_FAMILY_NAMES.size(); f++) {
      Bilingual familyName = Words.CHINESE_FAMILY_NAMES.get(f);
      for (Bilingual givenName : Words.CHINESE_GIVEN_NAMES) {
        if (familyName.en().equals(family) && givenName.en().equals(given)) {
          others.add(PersonName.builder().familyName(familyName.zh()).givenName(givenName.zh())
              .order(NameOrder.FAMILY_FIRST).asWritten(familyName.zh() + givenName.zh())
              .language(Locale.forLanguageTag("zh-Hans")).build());
        } else if (familyName.zh().equals(family) && givenName.zh().equals(given)) {
          others.add(PersonName.familyFirst(familyName.en(), givenName.en()));
        }
      }
    }
    if (others.isEmpty()) {
      PersonName reversed = PersonName.builder().from(name).asWritten(Optional.empty())
          .order(name.order() == NameOrder.FAMILY_FIRST ? NameOrder.GIVEN_FIRST : NameOrder.FAMILY_FIRST).build();
      others.add(reversed);
    }
    return others;
  }

  /**
   * Returns what two names of different people must not share: the parts in lower case, whatever their
   * order and written form, so that {@code LIU Enmei} and {@code Enmei Liu} have the same key.
   */
  static String nameKey(PersonName name) {
    String family = name.familyName().map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
    String given = name.givenName().map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
    return family.isEmpty() || given.isEmpty() ? family + given : family + "|" + given;
  }
}
