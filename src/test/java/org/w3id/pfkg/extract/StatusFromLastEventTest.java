package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;

/**
 * A text that states no status but ends its story with a dated release or death leaves the
 * journalist released or dead; nothing else is read from the last event alone. Made-up people.
 */
class StatusFromLastEventTest {
  @TempDir static Path dir;

  private static CaseStatus status(String name, String narrative) throws IOException {
    CaseFacts facts = ProjectEngine.extract(dir, name, narrative);
    return facts.status();
  }

  @Test
  void aDatedReleaseAfterTheArrestLeavesTheJournalistReleased() throws IOException {
    assertEquals(
        CaseStatus.RELEASED,
        status(
            "Irma Castell",
            "Irma Castell reports for a regional weekly. Police arrested her in her office on"
                + " March 3, 2019, over a story on land sales. A judge let her go on bail on May 9,"
                + " 2019."));
  }

  @Test
  void aDatedKillingLeavesTheJournalistDead() throws IOException {
    assertEquals(
        CaseStatus.DECEASED,
        status(
            "Tomas Ekberg",
            "Tomas Ekberg ran a news site on local politics. He was shot dead outside his home on"
                + " April 2, 2018. Police arrested two suspects a week later."));
  }

  @Test
  void aLaterStepOfTheCaseOrAnUndatedCustodyLeavesItUnknown() throws IOException {
    assertEquals(
        CaseStatus.UNKNOWN,
        status(
            "Irma Castell",
            "Irma Castell reports for a regional weekly. Police arrested her on March 3, 2019. A"
                + " judge let her go on bail on May 9, 2019. On June 2, 2020, a court sentenced her"
                + " in absentia to three years in prison."));
    assertEquals(
        CaseStatus.UNKNOWN,
        status(
            "Irma Castell",
            "Irma Castell reports for a regional weekly. Police arrested her on March 3, 2019. A"
                + " judge let her go on bail on May 9, 2019. Police later detained her again."));
  }

  @Test
  void anOldArrestAloneSaysNothingOfTheJournalistNow() throws IOException {
    assertEquals(
        CaseStatus.UNKNOWN,
        status(
            "Tomas Ekberg",
            "Tomas Ekberg ran a news site on local politics. Police arrested him on April 2, 2015."));
  }
}
