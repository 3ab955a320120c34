package org.w3id.pfkg.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.pfkg.problem.ConfigException;

class ShrinkLimitTest {
  @Test
  void aLossAboveTheShareExceedsItAndNothingLostFromNothingDoesNot() {
    ShrinkLimit limit = new ShrinkLimit(10, false);
    assertFalse(limit.exceeded(100, 90));
    assertTrue(limit.exceeded(100, 89));
    assertFalse(limit.exceeded(100, 150));
    assertFalse(limit.exceeded(0, 0));
    assertTrue(new ShrinkLimit(0, false).exceeded(100, 99));
  }

  @Test
  void aShareOutsideZeroToHundredIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> new ShrinkLimit(101, false));
    assertTrue(e.getMessage().contains("--max-shrink 101"), e.getMessage());
    assertThrows(ConfigException.class, () -> new ShrinkLimit(-1, false));
  }
}
