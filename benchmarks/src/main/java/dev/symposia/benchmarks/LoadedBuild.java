package dev.symposia.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * A build of the benchmarks loaded from its jar by a class loader of its own, library, Jackson and all, with
 * a programme made by that build: what {@link BuildsSideBySide} and {@link OneBuildAlone} time.
 *
 * <p>Not thread-safe.
 *
 * @param loader the build's class loader
 * @param programmeType the build's {@link Programme} class
 * @param programme the programme, made
 * @param benchmarks the build's {@link ProgrammeBenchmarks}
 */
record LoadedBuild(ClassLoader loader, Class<?> programmeType, Object programme, Object benchmarks) {
  /**
   * Loads a build and makes its programme.
   *
   * @param jar the build's benchmark jar
   * @param sessions the programme's size in sessions, a multiple of 20
   * @throws IllegalArgumentException if the jar is not a file
   * @throws Exception if the jar cannot be loaded or the programme cannot be made
   */
  static LoadedBuild load(Path jar, int sessions) throws Exception {
    if (!jar.toFile().isFile()) {
      throw new IllegalArgumentException("not a file: " + jar);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> programmeType = loader.loadClass(Programme.class.getName());
    Object programme = programmeType.getConstructor().newInstance();
    programmeType.getField("sessions").setInt(programme, sessions);
    programmeType.getMethod("make").invoke(programme);
    Object benchmarks = loader.loadClass(ProgrammeBenchmarks.class.getName()).getConstructor().newInstance();
    return new LoadedBuild(loader, programmeType, programme, benchmarks);
  }

  /**
   * Returns the build's benchmark method of that name, which takes the programme.
   *
   * @throws NoSuchMethodException if the build has no such method
   */
  Method method(String name) throws NoSuchMethodException {
    return benchmarks.getClass().getMethod(name, programmeType);
  }
}
