package org.w3id.pfkg.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished SPARQL answers of one release, keyed by what decides them (normalised query, result
 * format), the least recently used dropped first so that the bytes held never exceed the budget: an
 * answer is admitted only when it fits, and room is made before it is added, under one lock.
 * Answers of another release are never returned: the first use with a new release id drops them
 * all. (Caffeine's weight bound is enforced after the fact, by a maintenance task; this one holds
 * at every moment, which is what a fixed heap needs.)
 */
final class AnswerCache {
  /** A finished answer: its media type and body. */
  record Answer(String contentType, byte[] body) {}

  /** The budget of a server: a sixteenth of the 1 GiB heap `pfkg serve` runs with. */
  static final long DEFAULT_BUDGET = 64L << 20;

  /** The largest answer a server keeps: the rest of the budget still holds many small ones. */
  static final long DEFAULT_LARGEST = DEFAULT_BUDGET / 8;

  /** What an entry costs beyond its body and key: map node, record, array headers. */
  static final long ENTRY_OVERHEAD = 160;

  private final long budget;
  private final long largest;
  private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
  private String release = "";
  private long used;

  /**
   * @param budget the bytes all answers together may hold
   * @param largest the bytes one answer may hold; larger ones are not kept
   */
  AnswerCache(long budget, long largest) {
    if (budget < 0 || largest < 0) {
      throw new IllegalArgumentException("negative cache budget");
    }
    this.budget = budget;
    this.largest = Math.min(largest, budget);
  }

  synchronized Optional<Answer> get(String release, String key) {
    follow(release);
    return Optional.ofNullable(answers.get(key));
  }

  /** Keeps an answer of {@code release}, unless it alone would take more than allowed. */
  synchronized void put(String release, String key, Answer answer) {
    follow(release);
    long cost = cost(key, answer);
    if (cost > largest) {
      return;
    }
    Answer old = answers.remove(key);
    if (old != null) {
      used -= cost(key, old);
    }
    for (Iterator<Map.Entry<String, Answer>> eldest = answers.entrySet().iterator();
        used + cost > budget && eldest.hasNext(); ) {
      Map.Entry<String, Answer> e = eldest.next();
      used -= cost(e.getKey(), e.getValue());
      eldest.remove();
    }
    answers.put(key, answer);
    used += cost;
  }

  /** The bytes one answer may hold at most. */
  long largest() {
    return largest;
  }

  /** The bytes held now, as counted against the budget. */
  synchronized long used() {
    return used;
  }

  synchronized int size() {
    return answers.size();
  }

  private void follow(String current) {
    if (!current.equals(release)) {
      answers.clear();
      used = 0;
      release = current;
    }
  }

  private static long cost(String key, Answer answer) {
    return ENTRY_OVERHEAD
        + 2L * key.length()
        + 2L * answer.contentType().length()
        + answer.body().length;
  }
}
