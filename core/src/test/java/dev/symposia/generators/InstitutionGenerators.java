package dev.symposia.generators;

import dev.symposia.generators.Words.Bilingual;
import dev.symposia.generators.Words.City;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import dev.symposia.place.CountryCode;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of valid institutions, shared with the other modules' tests through the test jar.
 *
 * <p>Names follow the patterns of the reference events ("Chongqing Medical University", "School of
 * Medicine", "Shanghai Municipal Health Commission"), in English, in Chinese or in both, and the kind
 * matches the pattern. An institution is never its own parent nor tied to itself.
 */
public final class InstitutionGenerators {
  private record Pattern(InstitutionKind kind, String en, String zh) {
    Bilingual name(City city, Bilingual field) {
      return new Bilingual(
          en.replace("{city}", city.en()).replace("{field}", field.en()),
          zh.replace("{city}", city.zh()).replace("{field}", field.zh()));
    }
  }

  private static final List<Pattern> PATTERNS = List.of(
      new Pattern(InstitutionKind.UNIVERSITY, "{city} Medical University", "{city}医科大学"),
      new Pattern(InstitutionKind.UNIVERSITY, "University of {city}", "{city}大学"),
      new Pattern(InstitutionKind.SCHOOL, "School of {field}", "{field}学院"),
      new Pattern(InstitutionKind.SCHOOL, "{city} School of {field}", "{city}{field}学院"),
      new Pattern(InstitutionKind.DEPARTMENT, "Department of {field}", "{field}系"),
      new Pattern(InstitutionKind.DEPARTMENT, "Office of International Cooperation & Exchanges", "国际合作与交流处"),
      new Pattern(InstitutionKind.HOSPITAL, "{city} People's Hospital", "{city}市人民医院"),
      new Pattern(InstitutionKind.HOSPITAL, "First Affiliated Hospital of {city} Medical University",
          "{city}医科大学附属第一医院"),
      new Pattern(InstitutionKind.ACADEMY, "{city} Academy of {field}", "{city}{field}研究院"),
      new Pattern(InstitutionKind.LEARNED_SOCIETY, "{city} Society of {field}", "{city}{field}学会"),
      new Pattern(InstitutionKind.GOVERNMENT_BODY, "{city} Municipal Health Commission", "{city}市卫生健康委员会"),
      new Pattern(InstitutionKind.PARTY_BODY, "{city} Municipal Party Committee", "中共{city}市委"),
      new Pattern(InstitutionKind.FOUNDATION, "{city} Foundation for {field}", "{city}{field}基金会"),
      new Pattern(InstitutionKind.RESEARCH_CENTRE, "{city} Centre for {field} Research", "{city}{field}研究中心"),
      new Pattern(InstitutionKind.COMPANY, "{city} BioPharma Co., Ltd.", "{city}生物医药有限公司"),
      new Pattern(InstitutionKind.COMMITTEE, "Organising Committee of the {field} Congress", "{field}大会组委会"),
      new Pattern(InstitutionKind.OTHER, "{city} {field} Alliance", "{city}{field}联盟"));

  private static final List<Bilingual> DESCRIPTIONS = List.of(
      new Bilingual("planned to the standard of a tertiary general hospital", "按三级综合医院标准规划"),
      new Bilingual("a national clinical research centre", "国家临床医学研究中心"),
      new Bilingual("founded with the approval of the municipal government", "经市政府批准设立"));

  private static final List<Bilingual> UNNAMED_DESCRIPTIONS = List.of(
      new Bilingual("a partner university", "一所合作大学"),
      new Bilingual("the ministry", "该部"),
      new Bilingual("a pharmaceutical company", "一家制药企业"),
      new Bilingual("a patients' association", "一个患者协会"));

  private static final List<City> CHINESE_CITIES =
      Words.CITIES.stream().filter(city -> city.country().equals("CN")).toList();

  private InstitutionGenerators() {}

  /**
   * Returns institutions with arbitrary identifiers of up to 24 characters and no parent or ties.
   *
   * @return the generator
   */
  public static Gen<Institution> institutions() {
    return institutions(List.of());
  }

  /**
   * Returns institutions with arbitrary identifiers of up to 24 characters whose parent and ties, when
   * present, are among the given identifiers and never the institution's own.
   *
   * @param otherIds the institutions a parent or tie may refer to; empty for none
   * @return the generator
   */
  public static Gen<Institution> institutions(List<LocalId> otherIds) {
    List<LocalId> others = List.copyOf(otherIds);
    return Draw.gen(draw -> {
      LocalId id = draw.localId();
      List<LocalId> targets = new ArrayList<>(others);
      targets.remove(id);
      return new Registry().institution(draw, id, targets);
    });
  }

  /**
   * Returns lists of 0 to {@code maxSize} institutions with the identifiers {@code inst-0}, {@code inst-1}
   * and so on, whose parents and ties refer only to institutions earlier in the list, so that they form no
   * cycle; names, ROR IDs, ISNIs and Wikidata items are unique within a list, and a unit is in the city and
   * country of its parent.
   *
   * @param maxSize the largest size, at least 0
   * @return the generator
   */
  public static Gen<List<Institution>> institutionLists(int maxSize) {
    return Draw.gen(draw -> {
      Registry registry = new Registry();
      List<Institution> institutions = new ArrayList<>();
      int size = draw.between(0, maxSize);
      for (int i = 0; i < size; i++) {
        institutions.add(registry.institution(draw, LocalId.of("inst-" + i), registry.ids()));
      }
      return List.copyOf(institutions);
    });
  }

  /**
   * Returns ties of every kind to one of the given institutions.
   *
   * @param institutionIds the institutions a tie may point to; not empty
   * @return the generator
   */
  public static Gen<InstitutionTie> ties(List<LocalId> institutionIds) {
    List<LocalId> targets = List.copyOf(institutionIds);
    return Draw.gen(draw -> InstitutionTie.of(draw.pick(TieKind.class), draw.pick(targets)));
  }

  /**
   * Makes the institutions of one model, keeping names and external identifiers unique and units in their
   * parent's city.
   */
  static final class Registry {
    private final Set<String> names = new HashSet<>();
    private final Map<LocalId, City> cities = new HashMap<>();
    private final List<LocalId> ids = new ArrayList<>();
    final Set<String> identifiers;

    Registry() {
      this(new HashSet<>());
    }

    /** Creates a registry sharing the set of used external identifiers with the rest of a model. */
    Registry(Set<String> identifiers) {
      this.identifiers = identifiers;
    }

    List<LocalId> ids() {
      return List.copyOf(ids);
    }

    Institution institution(Draw draw, LocalId id, List<LocalId> targets) {
      Institution.Builder institution = Institution.builder().id(id);
      LocalId parent = !targets.isEmpty() && draw.chance(30) ? draw.pick(targets) : null;
      Pattern pattern = PATTERNS.get(draw.between(0, PATTERNS.size() - 1));
      int fieldIndex = draw.between(0, Words.FIELDS.size() - 1);
      // Party committees are a Chinese institution.
      List<City> possible = pattern.kind() == InstitutionKind.PARTY_BODY ? CHINESE_CITIES : Words.CITIES;
      City city = parent != null && cities.containsKey(parent) ? cities.get(parent) : draw.pick(possible);
      Bilingual name = freeName(pattern, city, fieldIndex);
      names.add(name.en().toLowerCase(Locale.ROOT));
      // Now and then an institution the source does not name, known by a description or an identifier.
      boolean unnamed = draw.chance(8);
      if (!unnamed) {
        institution.name(name.in(draw));
      }
      institution.kind(pattern.kind());
      if (pattern.kind() == InstitutionKind.OTHER && draw.chance(60)) {
        institution.kindLabel(LocalizedText.of("alliance"));
      }

      List<String> shortNames = new ArrayList<>();
      String initials = Words.initials(name.en());
      if (initials.length() >= 2 && draw.chance(40)) {
        shortNames.add(initials);
      }
      if (initials.length() >= 2 && draw.chance(15)) {
        shortNames.add(city.en() + " " + initials);
      }
      institution.addAllShortNames(shortNames);

      if (draw.chance(85)) {
        institution.country(CountryCode.of(city.country()));
      }
      if (draw.chance(50)) {
        institution.city(city.name().in(draw));
      }
      if (parent != null) {
        institution.parent(parent);
      }
      List<LocalId> tieTargets = new ArrayList<>(targets);
      tieTargets.remove(parent);
      for (LocalId target : draw.sample(tieTargets, 0, draw.chance(70) ? 0 : 2)) {
        institution.addTies(InstitutionTie.of(draw.pick(TieKind.class), target));
      }
      institution.addAllFocusAreas(
          draw.sample(Words.TOPICS, 0, draw.chance(70) ? 0 : 3).stream().map(t -> t.in(draw)).toList());
      if (draw.chance(15)) {
        institution.description(draw.chance(50) ? draw.pick(DESCRIPTIONS).in(draw)
            : draw.from(TextGenerators.localizedTexts()));
      }
      boolean identified = false;
      if (draw.chance(30)) {
        Optional<RorId> ror = UniqueIdentifiers.ror(draw, identifiers);
        ror.ifPresent(institution::ror);
        identified = ror.isPresent();
      }
      if (draw.chance(15)) {
        Optional<Isni> isni = UniqueIdentifiers.isni(draw, identifiers);
        isni.ifPresent(institution::isni);
        identified |= isni.isPresent();
      }
      if (draw.chance(30)) {
        Optional<WikidataId> wikidataId = UniqueIdentifiers.wikidataId(draw, identifiers);
        wikidataId.ifPresent(institution::wikidataId);
        identified |= wikidataId.isPresent();
      }
      if (unnamed && (!identified || draw.chance(60))) {
        institution.description(draw.pick(UNNAMED_DESCRIPTIONS).in(draw));
      }
      institution.addAllPartialLists(draw.partialLists("focusAreas"));
      cities.put(id, city);
      ids.add(id);
      return institution.build();
    }

    /** Returns the drawn name if free, otherwise the same pattern with the next free field, otherwise numbered. */
    private Bilingual freeName(Pattern pattern, City city, int fieldIndex) {
      for (int i = 0; i < Words.FIELDS.size(); i++) {
        Bilingual name = pattern.name(city, Words.FIELDS.get((fieldIndex + i) % Words.FIELDS.size()));
        if (!names.contains(name.en().toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
      Bilingual base = pattern.name(city, Words.FIELDS.get(fieldIndex));
      for (int suffix = 2; ; suffix++) {
        Bilingual name = new Bilingual(base.en() + " (" + suffix + ")", base.zh() + "（" + suffix + "）");
        if (!names.contains(name.en().toLowerCase(Locale.ROOT))) {
          return name;
        }
      }
    }
  }
}
