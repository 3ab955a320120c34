package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.rdf.CaseCustody;

/** The custody rule as the project's data file states it, and a bad row named by its line. */
class CustodyRuleTest {
  @Test
  void theProjectsRuleReadsItsRolesAndTheDaysAfterWhichAStartTellsAnotherCustody() {
    CaseCustody rule = CustodyRule.read(Path.of("data"));
    assertEquals(Set.of("arrest", "detention"), rule.startTypes());
    assertEquals(Set.of("release", "death"), rule.endTypes());
    assertEquals(OptionalInt.of(365), rule.retakenAfterDays());
  }

  @Test
  void withoutTheDaysRowNoSecondStartIsCheckedAndABadNumberIsAnError(@TempDir Path data)
      throws IOException {
    Path file = data.resolve(CustodyRule.FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "role\tvalue\nstart\tarrest\nend\trelease\n");
    assertEquals(OptionalInt.empty(), CustodyRule.read(data).retakenAfterDays());

    Files.writeString(file, "role\tvalue\nstart\tarrest\nretaken-after-days\ta year\n");
    InputException e = assertThrows(InputException.class, () -> CustodyRule.read(data));
    assertEquals(3, e.location().line());
    assertTrue(e.getMessage().contains("positive number of days"), e.getMessage());
  }
}
