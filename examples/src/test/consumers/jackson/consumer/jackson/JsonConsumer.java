package consumer.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.jackson.SymposiaJsonException;
import dev.symposia.jackson.SymposiaModule;
import dev.symposia.time.DateSpan;
import java.io.IOException;
import java.io.StringReader;

/** Writes and reads canonical JSON, through SymposiaJson and through an ObjectMapper with the module. */
public final class JsonConsumer {
  private JsonConsumer() {}

  public static Symposium roundTrip() throws SymposiaJsonException {
    Symposium symposium = Symposium.builder().id("isctm-2022").title("International Symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24"))
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).build()).build();
    String json = SymposiaJson.standard().write(symposium);
    return SymposiaJson.strict().readSymposium(json);
  }

  public static Symposium throughAMapper(String json) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    return mapper.readValue(json, Symposium.class);
  }

  public static String refusal(String json) throws IOException {
    try {
      return SymposiaJson.standard().read(new StringReader(json), Symposium.class).id().toString();
    } catch (SymposiaJsonException e) {
      return e.getMessage();
    }
  }
}
