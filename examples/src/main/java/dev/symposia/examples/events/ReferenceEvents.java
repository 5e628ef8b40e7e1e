package dev.symposia.examples.events;

import dev.symposia.event.Symposium;
import java.util.List;

/**
 * The five real events the library is proven on, each encoded from a published news report.
 */
public final class ReferenceEvents {
  private ReferenceEvents() {}

  /**
   * Returns the five reference events, in a fixed order.
   *
   * @return ISCTM 2022, the CQMU Biomedical Sciences Session 2024, the 2024 International Biomedical
   *     Symposium, the SCRTC inauguration and the 2021 CSCO Annual Meeting; never null
   */
  public static List<Symposium> all() {
    return List.of(Isctm2022.symposium(), CqmuBiomedicalSciences2024.symposium(),
        InternationalBiomedicalSymposium2024.symposium(), ScrtcInauguration.symposium(),
        CscoAnnualMeeting2021.symposium());
  }
}
