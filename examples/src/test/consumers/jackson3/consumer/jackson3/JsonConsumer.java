package consumer.jackson3;

import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.jackson3.SymposiaJson;
import dev.symposia.jackson3.SymposiaJsonException;
import dev.symposia.jackson3.SymposiaModule;
import dev.symposia.time.DateSpan;
import java.io.IOException;
import java.io.StringReader;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads canonical JSON with Jackson 3, through SymposiaJson and through a JsonMapper with the module. */
public final class JsonConsumer {
  private JsonConsumer() {}

  public static Symposium roundTrip() {
    Symposium symposium = Symposium.builder().id("isctm-2022").title("International Symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24"))
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).build()).build();
    String json = SymposiaJson.standard().write(symposium);
    return SymposiaJson.strict().readSymposium(json);
  }

  public static Symposium throughAMapper(String json) {
    JsonMapper mapper = JsonMapper.builder().addModule(new SymposiaModule()).build();
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
