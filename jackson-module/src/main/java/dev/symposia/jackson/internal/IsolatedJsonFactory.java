package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A {@link JsonFactory} whose every parser has tables of property names of its own, so that no document can
 * change how a later one is read.
 *
 * <p>Why: a plain factory shares one table of the property names it has met between all its parsers, and
 * each parser hands what it added back to that table when it closes. A document of a few thousand unknown
 * property names whose hashes collide (about 130 KB) fills the table's overflow area; every later document
 * read as bytes through that factory then fails ("spill-over slots in symbol table ... suspect a DoS
 * attack"), for as long as the factory lives. Here each parser starts from tables made for it alone, which
 * are dropped with it: a document with such names is refused on its own, and the next one reads as if it
 * were the first. Making the tables costs a few microseconds a document.
 *
 * <p>Instances are thread-safe once configured, like any {@link JsonFactory}.
 */
public final class IsolatedJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  // True for the copies made for one parser, which create it with their own fresh tables.
  private final boolean forOneParser;

  /**
   * Makes a factory with a builder's configuration.
   *
   * @param builder the configuration; not null
   */
  public IsolatedJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
    this.forOneParser = false;
  }

  private IsolatedJsonFactory(IsolatedJsonFactory source, ObjectCodec codec, boolean forOneParser) {
    super(source, codec);
    this.forOneParser = forOneParser;
  }

  /**
   * Returns a copy with the same configuration and no codec, as {@link JsonFactory#copy()} does.
   *
   * @return a new factory; never null
   */
  @Override
  public JsonFactory copy() {
    return new IsolatedJsonFactory(this, null, false);
  }

  private IsolatedJsonFactory oneParser() {
    return new IsolatedJsonFactory(this, getCodec(), true);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return forOneParser ? super._createParser(in, ctxt) : oneParser()._createParser(in, ctxt);
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return forOneParser ? super._createParser(r, ctxt) : oneParser()._createParser(r, ctxt);
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable)
      throws IOException {
    return forOneParser ? super._createParser(data, offset, len, ctxt, recyclable)
        : oneParser()._createParser(data, offset, len, ctxt, recyclable);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
    return forOneParser ? super._createParser(data, offset, len, ctxt)
        : oneParser()._createParser(data, offset, len, ctxt);
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return forOneParser ? super._createParser(input, ctxt) : oneParser()._createParser(input, ctxt);
  }
}
