package dev.symposia.jackson3.internal;

import java.io.DataInput;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * A {@link JsonFactory} whose every parser has tables of property names of its own, so that no document can
 * change how a later one is read: Jackson 3's form of jackson-module's {@code IsolatedJsonFactory}, which says
 * why. A copy of a Jackson 3 factory starts from fresh tables, as in Jackson 2, so each parser is made by a
 * copy of its own.
 *
 * <p>It also interns property names, as Jackson 2 does by default and Jackson 3 does not: the reader finds a
 * property in the canonical order by comparing names by identity first.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class IsolatedJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  /** True for the copies made for one parser, which create it with their own fresh tables. */
  private final boolean forOneParser;

  /**
   * Makes a factory with a builder's configuration.
   *
   * @param builder the configuration; not null
   */
  public IsolatedJsonFactory(JsonFactoryBuilder builder) {
    super(builder.enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES));
    this.forOneParser = false;
  }

  private IsolatedJsonFactory(IsolatedJsonFactory source, boolean forOneParser) {
    super(source);
    this.forOneParser = forOneParser;
  }

  /**
   * Returns a copy with the same configuration, as {@link JsonFactory#copy()} does.
   *
   * @return a new factory; never null
   */
  @Override
  public JsonFactory copy() {
    return new IsolatedJsonFactory(this, false);
  }

  private IsolatedJsonFactory oneParser() {
    return new IsolatedJsonFactory(this, true);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, InputStream in) {
    return forOneParser ? super._createParser(readCtxt, ctxt, in) : oneParser()._createParser(readCtxt, ctxt, in);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, Reader r) {
    return forOneParser ? super._createParser(readCtxt, ctxt, r) : oneParser()._createParser(readCtxt, ctxt, r);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, char[] data, int offset, int len,
      boolean recyclable) {
    return forOneParser ? super._createParser(readCtxt, ctxt, data, offset, len, recyclable)
        : oneParser()._createParser(readCtxt, ctxt, data, offset, len, recyclable);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, byte[] data, int offset, int len) {
    return forOneParser ? super._createParser(readCtxt, ctxt, data, offset, len)
        : oneParser()._createParser(readCtxt, ctxt, data, offset, len);
  }

  @Override
  protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, DataInput input) {
    return forOneParser ? super._createParser(readCtxt, ctxt, input) : oneParser()._createParser(readCtxt, ctxt, input);
  }
}
