package app;

import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.nio.file.Path;

public final class Main {
  public static void main(String[] args) throws Exception {
    Symposium symposium = SymposiaJson.standard().readSymposium(Path.of(args[0]));
    System.out.println("READ " + symposium);
    System.out.println("MODULE " + Symposium.class.getModule().getName() + " " + SymposiaJson.class.getModule().getName()
        + " " + SymposiaValidation.class.getModule().getName());
    var findings = Finding.all(SymposiaValidation.validate(symposium));
    System.out.println("FINDINGS " + findings.size());
    var broken = symposium.toBuilder().dates(dev.symposia.time.DateSpan.on(java.time.LocalDate.of(2022, 11, 22))).build();
    Finding.all(SymposiaValidation.validate(broken)).forEach(f -> System.out.println("FINDING " + f.code() + " " + f.path()));
  }
}
