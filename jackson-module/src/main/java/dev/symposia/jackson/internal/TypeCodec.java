package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.InvalidModelException;
import dev.symposia.jackson.SymposiaJson;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;

/**
 * The one reading loop and writer of every object type in the canonical form. It is never loaded as itself:
 * {@link ObjectCodec} defines a copy of this class for each object type, as a hidden class whose constants
 * below are that type's codec, its first property's code and its builder's handles.
 *
 * <p>Reading refuses, with the JSON path: a value that is not an object, a property that appears twice, a
 * required property that is missing, an unknown property in strict mode (in standard mode it is skipped,
 * once), and whatever the model refuses when the object is built. An aggregate's object at the root of a
 * document must carry the format marker.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class TypeCodec extends CompiledCodec {
  // Why a copy for each type: see TemplateCopies. In each copy the compiler inlines that type's builder,
  // its first properties' code (each a copy of PropertyCode of its own) and build() into one method for the
  // type, as in a reader written by hand for it.
  private static final ObjectCodec<?, ?> CODEC;
  // The code of the first property declared, which reads the properties in the declared order and writes
  // them all, each calling the next; null for a type of no properties.
  private static final CompiledProperty FIRST;
  // (ReadContext context) Object: a new builder.
  private static final MethodHandle NEW_BUILDER;
  // (Object builder) Object: the value built.
  private static final MethodHandle BUILD;

  static {
    Object[] data = TemplateCopies.data(MethodHandles.lookup());
    CODEC = (ObjectCodec<?, ?>) data[0];
    FIRST = (CompiledProperty) data[1];
    NEW_BUILDER = (MethodHandle) data[2];
    BUILD = (MethodHandle) data[3];
  }

  @Override
  public Object read(JsonParser p, ReadContext context) throws IOException {
    ObjectCodec<?, ?> codec = CODEC;
    Reads.object(p);
    boolean root = codec.document && Reads.isRoot(p);
    Object builder = newBuilder(context);
    // A document's format marker comes first in the canonical form: read before the steps, it leaves them
    // the properties after it, which would otherwise all fall to readRest.
    long steps = 0;
    boolean format = false;
    if (root) {
      if (p.nextFieldName(Reads.FORMAT_NAME)) {
        p.nextToken();
        Reads.format(p);
        format = true;
      } else if (p.currentToken() != JsonToken.FIELD_NAME) {
        steps = ObjectCodec.ENDED;
      }
    }
    if (FIRST != null) {
      steps = FIRST.readInOrder(steps, p, context, builder);
    }
    long seen = (steps & ObjectCodec.ENDED) == 0 || root && !format
        ? readRest(p, context, builder, steps, root, format) : steps & ~ObjectCodec.ENDED;
    codec.requireAll(p, seen);
    return build(p, builder);
  }

  // Each handle is called from a method of its own, in which it is a constant: where the compiler stops
  // inlining into read(), the call left is to that method, compiled with the handle inlined, rather than to a
  // handle it does not know.

  private static Object newBuilder(ReadContext context) {
    try {
      return NEW_BUILDER.invokeExact((Object) context);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  // What the steps left: a document's format marker where it is not first, and any name out of the declared
  // order, unknown, or there a second time; the name the last step did not take is the current token.
  // Returns the properties read, one bit each by index.
  private static long readRest(JsonParser p, ReadContext context, Object builder, long steps, boolean root,
      boolean format) throws IOException {
    ObjectCodec<?, ?> codec = CODEC;
    long seen = steps & ~ObjectCodec.ENDED;
    Set<String> unknown = null;
    while ((steps & ObjectCodec.ENDED) == 0) {
      String name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : p.nextFieldName();
      if (p.currentToken() != JsonToken.FIELD_NAME) {
        break;
      }
      int index = codec.indexOf(name);
      p.nextToken();
      if (index < 0) {
        if (root && name.equals(Reads.FORMAT_PROPERTY)) {
          if (format) {
            throw Failures.duplicate(p);
          }
          format = true;
          Reads.format(p);
        } else {
          unknown = Reads.unknown(p, context, codec.type().getSimpleName(), unknown);
        }
        continue;
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw Failures.duplicate(p);
      }
      seen |= bit;
      codec.code(index).read(p, context, builder);
    }
    if (root && !format) {
      throw Failures.missing(p, Reads.FORMAT_PROPERTY);
    }
    return seen;
  }

  private static Object build(JsonParser p, Object builder) throws IOException {
    try {
      return BUILD.invokeExact(builder);
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void write(Object value, JsonGenerator g) throws IOException {
    boolean root = CODEC.document && g.getOutputContext().inRoot();
    g.writeStartObject(value);
    if (root) {
      g.writeFieldName(Reads.FORMAT_PROPERTY);
      g.writeNumber(SymposiaJson.FORMAT_VERSION);
    }
    if (FIRST != null) {
      FIRST.write(value, g);
    }
    g.writeEndObject();
  }
}
