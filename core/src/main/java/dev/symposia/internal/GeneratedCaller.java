package dev.symposia.internal;

/**
 * Finds which value type's generated code is raising an exception, for the exceptions the generated builders
 * throw. A static utility; thread-safe.
 */
public final class GeneratedCaller {
  private static final String GENERATED_PREFIX = "Immutable";
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private GeneratedCaller() {}

  /**
   * Returns the simple name of the value type whose generated class is on the call stack.
   * Only failures take this path, so walking the stack costs nothing on valid input.
   *
   * @return the simple name of the abstract value type, such as {@code "Session"}, or {@code "value"} when no
   *     generated class of the model is on the stack; never null
   */
  public static String valueTypeName() {
    return WALKER.walk(frames -> frames
        .map(frame -> frame.getDeclaringClass())
        .map(GeneratedCaller::topLevel)
        .filter(type -> type.getSimpleName().startsWith(GENERATED_PREFIX)
            && type.getPackageName().startsWith("dev.symposia"))
        .map(type -> type.getSimpleName().substring(GENERATED_PREFIX.length()))
        .findFirst()
        .orElse("value"));
  }

  private static Class<?> topLevel(Class<?> type) {
    Class<?> current = type;
    while (current.getEnclosingClass() != null) {
      current = current.getEnclosingClass();
    }
    return current;
  }
}
