package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The reader and writer of one property. It is never loaded as itself: {@link Property} defines a copy of
 * this class for each property ({@link TemplateCopies}), whose constants below are that property's name,
 * codec, setter and getter, and the code of the property declared after it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class PropertyCode extends CompiledProperty {
  private static final String NAME;
  private static final SerializedString SERIALIZED;
  // The property's bit in what the steps return: one bit each by index.
  private static final long BIT;
  // CompiledProperty.READ_ONE and the like; a constant, so each copy keeps the code of its own way alone.
  private static final int READS;
  // CompiledProperty.WRITE_ONE and the like.
  private static final int WRITES;
  private static final Codec CODEC;
  // (builder, value): the builder's setter, or its adder for a list.
  private static final BiConsumer SETTER;
  // (value of the type) the property's value, an Optional or a List as WRITES says.
  private static final Function GETTER;
  // The next step of reading in the declared order; null after the last one.
  private static final CompiledProperty NEXT_STEP;
  // The property declared next, which writing calls after this one; null for the last one.
  private static final CompiledProperty NEXT;

  static {
    Object[] data = TemplateCopies.data(MethodHandles.lookup());
    NAME = (String) data[0];
    SERIALIZED = (SerializedString) data[1];
    BIT = (Long) data[2];
    READS = (Integer) data[3];
    WRITES = (Integer) data[4];
    CODEC = (Codec) data[5];
    SETTER = (BiConsumer) data[6];
    GETTER = (Function) data[7];
    NEXT_STEP = (CompiledProperty) data[8];
    NEXT = (CompiledProperty) data[9];
  }

  // One step a property, in the declared order, which is the order of the canonical form: each step's test the
  // processor predicts for that property alone, where one dispatch on the name, taken for every property, it
  // often did not. A name is that of the property if it is the very same string: Jackson interns property
  // names, as the JVM does the names declared in Forms. A name that the step before has read and did not take
  // is the parser's current token; one that no step takes (out of order, unknown, a second time) is left so
  // for TypeCodec.
  @Override
  long readInOrder(long steps, JsonParser p, ReadContext context, Object builder) throws IOException {
    if (steps < 0) {
      return steps;
    }
    long read = steps;
    if (p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() == NAME : p.nextFieldName(SERIALIZED)) {
      p.nextToken();
      read(p, context, builder);
      read |= BIT;
    } else if (p.currentToken() != JsonToken.FIELD_NAME) {
      return read | ObjectCodec.ENDED;
    }
    return NEXT_STEP == null ? read : NEXT_STEP.readInOrder(read, p, context, builder);
  }

  @Override
  void read(JsonParser p, ReadContext context, Object builder) throws IOException {
    if (READS == READ_ONE) {
      SETTER.accept(builder, CODEC.read(p, context));
    } else if (READS == READ_IDENTIFIER) {
      // A direct call, whose declared type (LocalId, a final class) tells the compiler what the setter is
      // given: through Codec.read it would check the value's class, reading the header of an identifier met
      // long before, out of the processor's caches.
      SETTER.accept(builder, context.identifier(p));
    } else {
      Reads.array(p);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        SETTER.accept(builder, READS == READ_IDENTIFIERS ? context.identifier(p) : CODEC.read(p, context));
      }
    }
  }

  @Override
  void write(Object value, JsonGenerator g) throws IOException {
    if (WRITES == WRITE_ONE) {
      g.writeFieldName(SERIALIZED);
      CODEC.write(GETTER.apply(value), g);
    } else if (WRITES == WRITE_OPTIONAL) {
      Optional<?> held = (Optional<?>) GETTER.apply(value);
      if (held.isPresent()) {
        g.writeFieldName(SERIALIZED);
        CODEC.write(held.get(), g);
      }
    } else {
      List<?> values = (List<?>) GETTER.apply(value);
      if (!values.isEmpty()) {
        g.writeFieldName(SERIALIZED);
        g.writeStartArray(values, values.size());
        for (int i = 0; i < values.size(); i++) {
          CODEC.write(values.get(i), g);
        }
        g.writeEndArray();
      }
    }
    if (NEXT != null) {
      NEXT.write(value, g);
    }
  }
}
