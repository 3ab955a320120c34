package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.facts.Summary;

/**
 * Where the journalist was last held, as whole documents say it, on texts written for this test
 * about made-up people and places.
 */
class DetentionPlaceTest {
  @TempDir static Path dir;

  private static String place(String name, String narrative) throws IOException {
    return Summary.of(ProjectEngine.extract(dir, name, narrative))
        .path("detention_place")
        .asText(null);
  }

  @Test
  void sentHimToAndPlacingHimInNameWhereHeIsHeld() throws IOException {
    assertEquals(
        "Morava Hill military prison",
        place(
            "Tomas Varga",
            "Tomas Varga, a reporter, was arrested on May 2, 2019. A court charged him with"
                + " espionage and sent him to the Morava Hill military prison to await trial."));
    assertEquals(
        "Kelby Prison",
        place(
            "Tomas Varga",
            "Tomas Varga, a reporter, was arrested on May 2, 2019. In 2022 a rights group's"
                + " database was cited as placing him in Kelby Prison."));
  }

  @Test
  void policeTookHerToAPrisonNamedByItsTown() throws IOException {
    assertEquals(
        "provincial prison in Dorvan",
        place(
            "Lena Ostrova",
            "Lena Ostrova, a blogger, was convicted in 2020. Police took her from her home on"
                + " June 3, 2020, to the provincial prison in Dorvan."));
  }

  @Test
  void aPossessiveTownAndACivilPrison() throws IOException {
    // A town's possessive before a generic facility word is part of the name (FacilityNames), so
    // that "Dorvan's civil prison" and "Dorvan civil prison" are one facility.
    assertEquals(
        "Dorvan civil prison",
        place(
            "Lena Ostrova",
            "Lena Ostrova, a blogger, was arrested on June 3, 2020, and held in Dorvan's civil"
                + " prison until her release on bail."));
  }

  @Test
  void aHearingHeldInADetentionCentreDoesNotHoldTheJournalist() throws IOException {
    assertTrue(
        place(
                "Lena Ostrova",
                "Lena Ostrova, a blogger, was sentenced on May 5, 2021, at a closed hearing held"
                    + " in the Dorvan Detention Centre.")
            == null);
  }

  @Test
  void aFacilityThatSpeaksIsNoPlaceOfDetention() throws IOException {
    assertEquals(
        "Harlow Remand Centre",
        place(
            "Tomas Varga",
            "Tomas Varga, a reporter, was arrested in Harlow in 2019 and sent to the Harlow Remand"
                + " Centre. In 2020 police sent him to a labour camp; the Dorvan police station told"
                + " his family that he had been taken there."));
  }

  @Test
  void aCityWhereSheIsHeldIsTheDetentionPlaceWhenNoFacilityIsNamed() throws IOException {
    assertEquals(
        "Mombasa",
        place(
            "Amina Koros",
            "Amina Koros, a radio reporter, was arrested in Nairobi on May 3, 2021, and taken to"
                + " the Ridgeway Remand Prison. By mid-2023 she was held in Mombasa, her lawyer"
                + " said."));
  }

  @Test
  void aCityWhereSheWasDetainedIsNoDetentionPlace() throws IOException {
    assertEquals(
        null,
        place(
            "Amina Koros",
            "Amina Koros, a radio reporter, was detained in Mombasa on May 3, 2021, and questioned"
                + " for two days."));
  }
}
