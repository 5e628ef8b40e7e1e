import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Opens a Maven Central bundle (central-bundle.zip) and checks it against what Central requires and what
 * this project publishes. Run with the JDK's source launcher:
 *
 * <pre>java .ci/CheckReleaseBundle.java [--strict] path/to/central-bundle.zip path/to/project</pre>
 *
 * <p>The published modules are read from the project: every module of the root POM that does not set
 * {@code symposia.skipPublishing} to true. For each one the bundle must hold the POM and, unless it is a
 * POM-only module, the jar (with {@code module-info.class}), {@code -sources.jar} and {@code -javadoc.jar};
 * every file needs an {@code .asc} signature and md5, sha1, sha256 and sha512 checksums that match. Every
 * POM must stand alone (no parent) and carry name, description, url, licenses, developers, scm and
 * issueManagement; the BOM must list exactly the published jar modules; nothing else may be in the bundle.
 *
 * <p>A module that has no Java sources yet cannot have sources or Javadoc jars or a module descriptor;
 * those checks are reported as pending for it rather than failed, unless {@code --strict} is given (a real release
 * runs with {@code --strict}). Exit status: 0 when the bundle passes, 1 when it does not, 2 on bad usage.
 */
public final class CheckReleaseBundle {
  private static final List<String> CHECKSUMS = List.of("md5", "sha1", "sha256", "sha512");
  private static final Map<String, String> DIGESTS =
      Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512");

  private final List<String> errors = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();
  private final boolean strict;

  private CheckReleaseBundle(boolean strict) {
    this.strict = strict;
  }

  public static void main(String[] args) throws Exception {
    boolean strict = false;
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--strict")) {
        strict = true;
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() != 2) {
      System.err.println("usage: java CheckReleaseBundle.java [--strict] <central-bundle.zip> <project root>");
      System.exit(2);
    }
    CheckReleaseBundle check = new CheckReleaseBundle(strict);
    int status = check.run(Path.of(positional.get(0)), Path.of(positional.get(1)));
    System.exit(status);
  }

  /** A module of the reactor as the bundle should see it. */
  private record Module(String directory, String artifactId, String packaging, boolean hasSources) {}

  /** One artifact directory of the bundle: group/artifact/version/. */
  private record Coordinates(String groupPath, String artifactId, String version) {}

  private int run(Path bundle, Path root) throws Exception {
    Map<String, Module> published = publishedModules(root);
    Map<String, byte[]> files = readZip(bundle);
    System.out.printf("Bundle %s: %d files%n", bundle, files.size());

    Map<Coordinates, Map<String, byte[]>> byArtifact = new TreeMap<>(
        (a, b) -> (a.groupPath + a.artifactId + a.version).compareTo(b.groupPath + b.artifactId + b.version));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String[] parts = file.getKey().split("/");
      if (parts.length < 4) {
        errors.add("unexpected file outside group/artifact/version/: " + file.getKey());
        continue;
      }
      String groupPath = String.join("/", List.of(parts).subList(0, parts.length - 3));
      Coordinates coordinates = new Coordinates(groupPath, parts[parts.length - 3], parts[parts.length - 2]);
      byArtifact.computeIfAbsent(coordinates, c -> new TreeMap<>()).put(parts[parts.length - 1], file.getValue());
    }

    Set<String> seen = new TreeSet<>();
    for (Map.Entry<Coordinates, Map<String, byte[]>> artifact : byArtifact.entrySet()) {
      Coordinates coordinates = artifact.getKey();
      Module module = published.get(coordinates.artifactId);
      if (module == null) {
        errors.add(coordinates.artifactId + ": in the bundle but not a published module of the project");
        continue;
      }
      seen.add(coordinates.artifactId);
      checkArtifact(coordinates, module, artifact.getValue(), published);
    }
    for (String artifactId : published.keySet()) {
      if (!seen.contains(artifactId)) {
        errors.add(artifactId + ": published module missing from the bundle");
      }
    }

    System.out.printf("Published modules: %s%n", String.join(", ", published.keySet()));
    for (String message : pending) {
      System.out.println("PENDING " + message);
    }
    if (errors.isEmpty()) {
      System.out.printf("OK: the bundle holds every published artifact with its signatures, checksums and metadata%s.%n",
          pending.isEmpty() ? "" : " (" + pending.size() + " check(s) pending on modules without sources)");
      return 0;
    }
    System.out.printf("FAILED: %d problem(s) in the release bundle:%n", errors.size());
    for (String error : errors) {
      System.out.println("  - " + error);
    }
    return 1;
  }

  private void checkArtifact(Coordinates c, Module module, Map<String, byte[]> files, Map<String, Module> published)
      throws Exception {
    String base = c.artifactId + "-" + c.version;
    List<String> required = new ArrayList<>();
    required.add(base + ".pom");
    if (!module.packaging.equals("pom")) {
      required.add(base + ".jar");
      required.add(base + "-sources.jar");
      required.add(base + "-javadoc.jar");
    }
    for (String name : required) {
      if (!files.containsKey(name)) {
        report(module, name.endsWith("-javadoc.jar") || name.endsWith("-sources.jar"), c.artifactId + ": missing " + name);
      }
    }
    if (c.version.endsWith("-SNAPSHOT")) {
      errors.add(c.artifactId + ": version " + c.version + " is a SNAPSHOT; Central takes releases only");
    }

    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      if (name.endsWith(".asc") || isChecksum(name)) {
        String target = name.substring(0, name.lastIndexOf('.'));
        if (!files.containsKey(target)) {
          errors.add(c.artifactId + ": " + name + " has no file " + target + " to belong to");
        }
        continue;
      }
      if (!name.startsWith(base + ".") && !name.startsWith(base + "-")) {
        errors.add(c.artifactId + ": unexpected file " + name);
        continue;
      }
      if (!files.containsKey(name + ".asc")) {
        errors.add(c.artifactId + ": missing signature " + name + ".asc");
      } else if (!new String(files.get(name + ".asc"), StandardCharsets.US_ASCII)
          .contains("-----BEGIN PGP SIGNATURE-----")) {
        errors.add(c.artifactId + ": " + name + ".asc is not an ASCII-armoured PGP signature");
      }
      for (String checksum : CHECKSUMS) {
        byte[] expected = files.get(name + "." + checksum);
        if (expected == null) {
          errors.add(c.artifactId + ": missing checksum " + name + "." + checksum);
          continue;
        }
        String declared = new String(expected, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        String actual = digest(DIGESTS.get(checksum), file.getValue());
        if (!declared.equalsIgnoreCase(actual)) {
          errors.add(c.artifactId + ": " + name + "." + checksum + " does not match the file");
        }
      }
    }

    if (files.containsKey(base + ".pom")) {
      checkPom(c, module, files.get(base + ".pom"), published);
    }
    if (files.containsKey(base + ".jar")) {
      Set<String> entries = zipEntries(files.get(base + ".jar"));
      if (!entries.contains("module-info.class")) {
        report(module, true, c.artifactId + ": " + base + ".jar has no module-info.class (it must be a named module)");
      }
      if (module.hasSources && entries.stream().noneMatch(e -> e.endsWith(".class") && !e.equals("module-info.class"))) {
        errors.add(c.artifactId + ": " + base + ".jar holds no classes");
      }
    }
    if (files.containsKey(base + "-sources.jar") && module.hasSources
        && zipEntries(files.get(base + "-sources.jar")).stream().noneMatch(e -> e.endsWith(".java"))) {
      errors.add(c.artifactId + ": " + base + "-sources.jar holds no Java sources");
    }
    if (files.containsKey(base + "-javadoc.jar") && !zipEntries(files.get(base + "-javadoc.jar")).contains("index.html")) {
      errors.add(c.artifactId + ": " + base + "-javadoc.jar has no index.html");
    }
  }

  private void checkPom(Coordinates c, Module module, byte[] pom, Map<String, Module> published) throws Exception {
    String where = c.artifactId + ": POM ";
    String text = new String(pom, StandardCharsets.UTF_8);
    Document document = parse(pom);
    Element project = document.getDocumentElement();
    if (child(project, "parent") != null) {
      errors.add(where + "refers to a parent; published POMs are flattened and stand alone");
    }
    expectText(where, project, "modelVersion");
    expectEquals(where, project, "groupId", c.groupPath.replace('/', '.'));
    expectEquals(where, project, "artifactId", c.artifactId);
    expectEquals(where, project, "version", c.version);
    for (String element : List.of("name", "description", "url")) {
      expectText(where, project, element);
    }
    Element licenses = child(project, "licenses");
    if (licenses == null || children(licenses, "license").isEmpty()) {
      errors.add(where + "has no licenses");
    } else {
      for (Element license : children(licenses, "license")) {
        expectText(where + "license ", license, "name");
        expectText(where + "license ", license, "url");
      }
    }
    Element developers = child(project, "developers");
    if (developers == null || children(developers, "developer").isEmpty()) {
      errors.add(where + "has no developers");
    } else {
      for (Element developer : children(developers, "developer")) {
        expectText(where + "developer ", developer, "name");
      }
    }
    Element scm = child(project, "scm");
    if (scm == null) {
      errors.add(where + "has no scm");
    } else {
      expectText(where + "scm ", scm, "url");
      expectText(where + "scm ", scm, "connection");
      expectText(where + "scm ", scm, "developerConnection");
    }
    Element issueManagement = child(project, "issueManagement");
    if (issueManagement == null) {
      errors.add(where + "has no issueManagement");
    } else {
      expectText(where + "issueManagement ", issueManagement, "url");
    }
    String packaging = text(project, "packaging");
    if (!(packaging == null ? "jar" : packaging).equals(module.packaging)) {
      errors.add(where + "has packaging " + packaging + ", the module has " + module.packaging);
    }
    if (text.contains("-SNAPSHOT")) {
      errors.add(where + "mentions a SNAPSHOT version");
    }
    Matcher expression = Pattern.compile("\\$\\{(?!project\\.version\\})[^}]*\\}").matcher(text);
    if (expression.find()) {
      errors.add(where + "has an unresolved expression " + expression.group());
    }

    if (module.packaging.equals("pom") && child(project, "dependencyManagement") != null) {
      // A BOM: it must manage exactly the published jar modules, at this version, and nothing else.
      Set<String> managed = new TreeSet<>();
      Element management = child(child(project, "dependencyManagement"), "dependencies");
      for (Element dependency : management == null ? List.<Element>of() : children(management, "dependency")) {
        String artifactId = text(dependency, "artifactId");
        managed.add(artifactId);
        String version = text(dependency, "version");
        if (!c.version.equals(version) && !"${project.version}".equals(version)) {
          errors.add(where + "manages " + artifactId + " at version " + version + ", not " + c.version);
        }
      }
      Set<String> jars = new TreeSet<>();
      published.values().stream().filter(m -> !m.packaging.equals("pom")).forEach(m -> jars.add(m.artifactId));
      if (!managed.equals(jars)) {
        errors.add(where + "manages " + managed + " but the published jar modules are " + jars);
      }
    }
  }

  private void report(Module module, boolean waivable, String message) {
    if (waivable && !module.hasSources && !strict) {
      pending.add(message + " (module " + module.directory + " has no Java sources yet)");
    } else {
      errors.add(message);
    }
  }

  private void expectText(String where, Element parent, String name) {
    String value = text(parent, name);
    if (value == null || value.isBlank()) {
      errors.add(where + "has no " + name);
    }
  }

  private void expectEquals(String where, Element parent, String name, String expected) {
    String value = text(parent, name);
    if (!expected.equals(value)) {
      errors.add(where + "has " + name + " " + value + ", its path in the bundle says " + expected);
    }
  }

  private static Map<String, Module> publishedModules(Path root) throws Exception {
    Map<String, Module> modules = new LinkedHashMap<>();
    Element rootProject = parse(Files.readAllBytes(root.resolve("pom.xml"))).getDocumentElement();
    Element moduleList = child(rootProject, "modules");
    if (moduleList == null) {
      throw new IllegalStateException("the root POM has no modules");
    }
    for (Element entry : children(moduleList, "module")) {
      String directory = entry.getTextContent().trim();
      Path moduleRoot = root.resolve(directory);
      Element project = parse(Files.readAllBytes(moduleRoot.resolve("pom.xml"))).getDocumentElement();
      Element properties = child(project, "properties");
      String skip = properties == null ? null : text(properties, "symposia.skipPublishing");
      if ("true".equals(skip)) {
        continue;
      }
      String packaging = text(project, "packaging");
      modules.put(text(project, "artifactId"),
          new Module(directory, text(project, "artifactId"), packaging == null ? "jar" : packaging,
              hasJavaSources(moduleRoot.resolve("src/main/java"))));
    }
    return modules;
  }

  private static boolean hasJavaSources(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    }
  }

  private static boolean isChecksum(String name) {
    return CHECKSUMS.stream().anyMatch(c -> name.endsWith("." + c));
  }

  private static Map<String, byte[]> readZip(Path zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), entries.readAllBytes());
        }
      }
    }
    return files;
  }

  private static Set<String> zipEntries(byte[] jar) throws IOException {
    Set<String> names = new TreeSet<>();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  private static String digest(String algorithm, byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
