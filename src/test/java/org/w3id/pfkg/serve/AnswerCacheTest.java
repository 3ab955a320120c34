package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
  private static AnswerCache.Answer answer(int bytes) {
    return new AnswerCache.Answer("text/csv", new byte[bytes]);
  }

  @Test
  void neverHoldsMoreThanItsBudgetWhateverIsPut() {
    AnswerCache cache = new AnswerCache(50_000, 20_000);
    Random random = new Random(17);
    for (int i = 0; i < 5_000; i++) {
      cache.put("r1", "q" + random.nextInt(300), answer(random.nextInt(25_000)));
      assertTrue(cache.used() <= 50_000, "used " + cache.used() + " after put " + i);
    }
    assertTrue(cache.size() > 1, "it keeps answers at all");
  }

  @Test
  void dropsTheLeastRecentlyUsedFirst() {
    long entry = AnswerCache.ENTRY_OVERHEAD + 2 * 2 + 2 * "text/csv".length() + 1_000;
    AnswerCache cache = new AnswerCache(3 * entry, 3 * entry);
    cache.put("r1", "q1", answer(1_000));
    cache.put("r1", "q2", answer(1_000));
    cache.put("r1", "q3", answer(1_000));
    assertTrue(cache.get("r1", "q1").isPresent()); // q2 is now the least recently used
    cache.put("r1", "q4", answer(1_000));
    assertTrue(cache.get("r1", "q1").isPresent());
    assertFalse(cache.get("r1", "q2").isPresent());
    assertTrue(cache.get("r1", "q3").isPresent());
    assertTrue(cache.get("r1", "q4").isPresent());
    assertEquals(3 * entry, cache.used());
  }

  @Test
  void keepsNoAnswerLargerThanAllowedAndReplacingOneCountsItOnce() {
    AnswerCache cache = new AnswerCache(100_000, 10_000);
    cache.put("r1", "big", answer(10_001));
    assertFalse(cache.get("r1", "big").isPresent());
    assertEquals(0, cache.used());
    cache.put("r1", "q", answer(500));
    long once = cache.used();
    cache.put("r1", "q", answer(500));
    assertEquals(once, cache.used());
    assertEquals(1, cache.size());
  }

  @Test
  void aNewReleaseDropsEveryAnswerOfTheOldOne() {
    AnswerCache cache = new AnswerCache(100_000, 10_000);
    cache.put("r1", "q", answer(100));
    cache.put("r1", "p", answer(100));
    assertTrue(cache.get("r2", "q").isEmpty());
    assertEquals(0, cache.size());
    assertEquals(0, cache.used());
    assertTrue(cache.get("r1", "p").isEmpty(), "the old release's answers are gone, not hidden");
  }
}
