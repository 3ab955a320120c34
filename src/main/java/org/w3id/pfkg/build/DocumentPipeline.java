package org.w3id.pfkg.build;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.rdf.CaseMapper;
import org.w3id.pfkg.vocab.Iris;

/**
 * One document's way from file to graph: read, extract, curate, map. {@code pfkg build} runs it on
 * every file of the corpus, {@code pfkg extract} on one, so that what extract shows is what the
 * build publishes. It holds no state between documents beyond what it was built with (the extractor
 * and the curation files read so far), so it may run on many threads at once.
 */
public final class DocumentPipeline {
  private final CaseReader reader;
  private final Supplier<Extractor> extractor;
  private final Optional<CurationPhase> curation;
  private final CaseMapper mapper;

  /**
   * The pipeline of the build: the editors' curation files of {@code DATA/curation/} are applied.
   *
   * @param extractor the engine, built once for all documents
   * @param dataDir the data folder whose {@code curation/} files are applied
   * @param iris the IRIs of the graphs it maps to
   */
  public static DocumentPipeline curated(Extractor extractor, Path dataDir, Iris iris) {
    return new DocumentPipeline(extractor, Optional.of(new CurationPhase(dataDir)), iris);
  }

  /** The pipeline without curation: the bare extraction, mapped. */
  public static DocumentPipeline uncurated(Extractor extractor, Iris iris) {
    return new DocumentPipeline(extractor, Optional.empty(), iris);
  }

  DocumentPipeline(Extractor extractor, Optional<CurationPhase> curation, Iris iris) {
    this(extractor, curation, iris, new CaseReader());
  }

  /** With the reader of a build, which refuses documents over its limits. */
  DocumentPipeline(
      Extractor extractor, Optional<CurationPhase> curation, Iris iris, CaseReader reader) {
    this(() -> extractor, curation, iris, reader);
  }

  /**
   * With an engine made when the first document needs extracting ({@code extractor} is asked on
   * each extraction and must return the same engine each time).
   */
  DocumentPipeline(
      Supplier<Extractor> extractor,
      Optional<CurationPhase> curation,
      Iris iris,
      CaseReader reader) {
    this.reader = reader;
    this.extractor = extractor;
    this.curation = curation;
    // Mapping follows extraction, so the engine is already made when the mapper asks it.
    this.mapper = new CaseMapper(iris, value -> extractor.get().cpjCategory(value));
  }

  /**
   * A document read, extracted and curated.
   *
   * @param doc the document as read
   * @param curated its facts after the editors' curation (as extracted when there is none)
   */
  public record Curated(CaseDocument doc, CuratedFacts curated) {}

  /**
   * A document through the whole pipeline, or the problem that stopped it.
   *
   * @param file the file it was read from
   * @param doc the document, null when it could not be read
   * @param curated its curated facts, null when it was rejected
   * @param model its graph, null when it was rejected
   * @param problem why it was rejected, null when it was not
   */
  public record Outcome(
      Path file, CaseDocument doc, CuratedFacts curated, Model model, Problem problem) {
    static Outcome rejected(Path file, CaseDocument doc, Problem problem) {
      return new Outcome(file, doc, null, null, problem);
    }
  }

  /**
   * Reads, extracts and curates one file, for a caller that handles one document and lets its
   * failures end the command.
   *
   * @throws InputException naming the case file (or the curation file) where it cannot be read or
   *     curated
   */
  public Curated curate(Path file) {
    CaseDocument doc = reader.read(file);
    return new Curated(doc, curate(doc, extractor.get().extract(doc)));
  }

  /** The graph of a curated document. */
  public Model map(Curated document) {
    return mapper.map(document.doc(), document.curated());
  }

  /**
   * The whole pipeline on one file of a corpus: a failure at any stage becomes the document's
   * problem, worded for the stage, so that one bad document never stops the others.
   */
  public Outcome run(Path file) {
    CaseDocument doc;
    try {
      doc = reader.read(file);
    } catch (InputException e) {
      return Outcome.rejected(file, null, reader.problem(e));
    }
    return run(file, doc);
  }

  /** Reads one file as {@link #run(Path)} does: with the limits of the build. */
  CaseDocument read(Path file) {
    return reader.read(file);
  }

  /** The problem {@link #run(Path)} reports for a file that cannot be read. */
  Problem unreadable(InputException e) {
    return reader.problem(e);
  }

  /** The pipeline from a document already read (by {@link #read}). */
  Outcome run(Path file, CaseDocument doc) {
    CaseFacts facts;
    try {
      facts = extractor.get().extract(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow is one document's (deeply nested or huge input), not the JVM's: reject
      // that document and keep the others, as for any other failure.
      return Outcome.rejected(file, doc, extractionFailed(file, e));
    }
    CuratedFacts curated;
    try {
      curated = curate(doc, facts);
    } catch (InputException e) {
      return Outcome.rejected(
          file,
          doc,
          new Problem(
              Severity.ERROR,
              e.location(),
              "case '" + doc.caseId() + "' rejected: " + CurationPhase.withoutLocation(e)));
    } catch (RuntimeException e) {
      return Outcome.rejected(file, doc, extractionFailed(file, e));
    }
    try {
      return new Outcome(file, doc, curated, mapper.map(doc, curated), null);
    } catch (RuntimeException e) {
      return Outcome.rejected(file, doc, extractionFailed(file, e));
    }
  }

  private CuratedFacts curate(CaseDocument doc, CaseFacts facts) {
    return curation.map(c -> c.apply(doc, facts)).orElseGet(() -> CuratedFacts.uncurated(facts));
  }

  private static Problem extractionFailed(Path file, Throwable e) {
    return new Problem(Severity.ERROR, Location.of(file), "extraction failed: " + e);
  }
}
