package org.w3id.pfkg;

import java.nio.file.Path;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;

/**
 * The project's own knowledge (ontology/ and data/: vocabularies, rules, the 20 000-row gazetteer)
 * and an engine over it, loaded once per test JVM: each load takes seconds, and about fifteen test
 * classes used to load their own. Shared read-only: a Knowledge is a record of tables nobody
 * changes, and an Extractor is a pure function of the document and the knowledge, safe on many
 * threads (test classes may run in parallel). A test that needs other knowledge loads its own.
 */
public final class ProjectKnowledge {
  private ProjectKnowledge() {}

  /** Initialised on first use, once, by the JVM's class initialisation (thread-safe). */
  private static final class Holder {
    static final Knowledge KNOWLEDGE = Knowledge.load(Path.of("ontology"), Path.of("data"));
    static final Extractor EXTRACTOR = new Extractor(KNOWLEDGE);
  }

  public static Knowledge knowledge() {
    return Holder.KNOWLEDGE;
  }

  public static Extractor extractor() {
    return Holder.EXTRACTOR;
  }
}
