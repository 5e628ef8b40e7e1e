package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.agreement.CooperationAgreement;
import java.io.IOException;
import java.util.Set;

/**
 * {@link CooperationAgreement}, an aggregate: as the root of a document it carries the format marker.
 * {@code kind} is always written; a reader takes {@code cooperation} when it is absent.
 */
public final class CooperationAgreementCodec {
  private static final String TYPE = "CooperationAgreement";
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString PARTIES = new SerializedString("parties");
  private static final SerializedString SIGNATORIES = new SerializedString("signatories");
  private static final SerializedString SIGNED_ON = new SerializedString("signedOn");
  private static final SerializedString SIGNED_AT = new SerializedString("signedAt");
  private static final SerializedString PLACE = new SerializedString("place");
  private static final SerializedString TOPICS = new SerializedString("topics");
  private static final int B_FORMAT = 1 << 31;

  private CooperationAgreementCodec() {}

  /**
   * Reads an agreement at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the agreement; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     agreement
   */
  public static CooperationAgreement read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    boolean root = Reads.isRoot(p);
    CooperationAgreement.Builder b = CooperationAgreement.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = Reads.once(p, seen, 1);
          b.id(context.declaration(p, EntityKind.AGREEMENT));
        }
        case "kind" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.kind(Enums.AGREEMENT_KIND.read(p));
        }
        case "title" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.title(LocalizedTextCodec.read(p));
        }
        case "parties" -> {
          seen = Reads.once(p, seen, 1 << 3);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addParties(context.reference(p, EntityKind.INSTITUTION));
          }
        }
        case "signatories" -> {
          seen = Reads.once(p, seen, 1 << 4);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addSignatories(SignatoryCodec.read(p, context));
          }
        }
        case "signedOn" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.signedOn(Values.PARTIAL_DATE.read(p));
        }
        case "signedAt" -> {
          seen = Reads.once(p, seen, 1 << 6);
          b.signedAt(context.reference(p, EntityKind.SESSION));
        }
        case "place" -> {
          seen = Reads.once(p, seen, 1 << 7);
          b.place(PlaceCodec.read(p, context));
        }
        case "topics" -> {
          seen = Reads.once(p, seen, 1 << 8);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addTopics(LocalizedTextCodec.read(p));
          }
        }
        case Reads.FORMAT_PROPERTY -> {
          if (root) {
            seen = Reads.once(p, seen, B_FORMAT);
            Reads.format(p);
          } else {
            unknown = Reads.unknown(p, context, TYPE, unknown);
          }
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (root && (seen & B_FORMAT) == 0) {
      throw Failures.missing(p, Reads.FORMAT_PROPERTY);
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "id");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes an agreement.
   *
   * @param agreement the agreement; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(CooperationAgreement agreement, JsonGenerator g) throws IOException {
    Writes.startObject(g, agreement);
    Writes.id(g, ID, agreement.id());
    Writes.constant(g, KIND, Enums.AGREEMENT_KIND, agreement.kind());
    Writes.text(g, TITLE, agreement.title());
    Writes.ids(g, PARTIES, agreement.parties());
    Writes.list(g, SIGNATORIES, agreement.signatories(), SignatoryCodec::write);
    Writes.value(g, SIGNED_ON, Values.PARTIAL_DATE, agreement.signedOn());
    Writes.id(g, SIGNED_AT, agreement.signedAt());
    Writes.object(g, PLACE, agreement.place(), PlaceCodec::write);
    Writes.texts(g, TOPICS, agreement.topics());
    g.writeEndObject();
  }
}
