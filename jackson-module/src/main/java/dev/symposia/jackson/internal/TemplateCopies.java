package dev.symposia.jackson.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Defines copies of a template class ({@link TypeCodec}, {@link PropertyCode}) as hidden classes, each with
 * data of its own that the copy reads into its static final fields, and makes the one instance of each copy.
 *
 * <p>Why copies: the compiler takes a static final field for a constant, so in a copy it knows the exact
 * class of every object the fields hold and compiles the template's code for that copy alone, with calls to
 * those objects inlined, as in code written by hand for one type or one property. Code shared by every type
 * or property calls them through one call site, which it cannot inline for all.
 *
 * <p>Thread-safe.
 */
final class TemplateCopies {
  private TemplateCopies() {}

  /**
   * Returns the class file of a template in this package.
   *
   * @throws IllegalStateException if the class file is not beside this class
   */
  static byte[] classFile(Class<?> template) {
    String name = template.getSimpleName() + ".class";
    try (InputStream in = TemplateCopies.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " not found beside " + TemplateCopies.class.getSimpleName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the data a copy was defined with, for its static initialiser.
   *
   * @param copy the copy's own lookup ({@code MethodHandles.lookup()} in the copy)
   * @throws ExceptionInInitializerError if the lookup cannot read the data (the class is not a copy)
   */
  static Object[] data(MethodHandles.Lookup copy) {
    try {
      return MethodHandles.classData(copy, ConstantDescs.DEFAULT_NAME, Object[].class);
    } catch (IllegalAccessException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Defines a copy of a template and returns its instance, made with its constructor of no parameters.
   *
   * @param classFile the template's class file ({@link #classFile(Class)})
   * @param data what the copy's static initialiser reads ({@link MethodHandles#classData})
   * @param base a class the template extends
   * @param what what the copy is for, named if it cannot be defined
   * @throws IllegalStateException if the copy cannot be defined or made
   */
  static <T> T instance(byte[] classFile, Object[] data, Class<T> base, String what) {
    try {
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(classFile, data, true);
      return base.cast(hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot define the code of " + what, e);
    }
  }
}
