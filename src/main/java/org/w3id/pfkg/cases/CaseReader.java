package org.w3id.pfkg.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;

/**
 * Reads case documents: profile texts ({@code .txt}) and JSON records ({@code .json}), one file at
 * a time or a whole folder. Every fault names the file, and where it can the line and column, and
 * says what was expected there.
 */
public final class CaseReader {
  private static final String ACCEPTED = ".txt (profile text) or .json (record)";

  private final ProfileTextReader profileText = new ProfileTextReader();
  private final JsonRecordReader jsonRecord = new JsonRecordReader();
  private final SizeLimit sizeLimit;

  /** A reader that refuses documents over {@link BuildConfig#DEFAULT_MAX_CASE_CHARS}. */
  public CaseReader() {
    this(BuildConfig.DEFAULT_MAX_CASE_CHARS);
  }

  /** A reader that refuses documents of more than {@code maxChars} characters. */
  public CaseReader(int maxChars) {
    this.sizeLimit = new SizeLimit(maxChars);
  }

  /**
   * Reads one case document, choosing the format by the file's extension.
   *
   * @throws InputException naming {@code FILE:LINE:COLUMN} and what was expected, for a file that
   *     cannot be read, has another extension, is longer than the reader's limit, is not UTF-8 text
   *     or does not follow its format
   */
  public CaseDocument read(Path file) {
    DocumentFormat format =
        format(file)
            .orElseThrow(
                () ->
                    new InputException(
                        Location.of(file), "expected a case document ending in " + ACCEPTED));
    String text = sizeLimit.check(file, Utf8Text.decode(file, sizeLimit.check(file, bytes(file))));
    return switch (format) {
      case PROFILE_TEXT -> profileText.read(file, text);
      case JSON_RECORD -> jsonRecord.read(file, text);
    };
  }

  /**
   * Reads every {@code .txt} and {@code .json} file under a folder and its subfolders, in path
   * order. A file that cannot be read is reported to the listener as an error and left out; so is a
   * file that may not have its document id ({@link DocumentIds}). The other documents are returned.
   *
   * @throws InputException when {@code dir} is not a readable folder
   */
  public List<CaseDocument> readAll(Path dir, ProblemListener listener) {
    List<Path> files = listCaseFiles(dir);
    DocumentIds ids = DocumentIds.of(files, this);
    List<CaseDocument> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        CaseDocument document = read(file);
        ids.refusal(document).ifPresentOrElse(listener::report, () -> documents.add(document));
      } catch (InputException e) {
        listener.report(problem(e));
      }
    }
    return List.copyOf(documents);
  }

  /**
   * The document id a file gives and where, read without reading the whole document: a profile text
   * is named by its file, a JSON record by its {@code "id"} or else its file.
   */
  DocumentIds.Claim idClaim(Path file) {
    if (format(file).orElse(null) == DocumentFormat.JSON_RECORD) {
      try {
        String text = Utf8Text.decode(file, bytes(file));
        return jsonRecord.idClaim(file, text).orElseGet(() -> DocumentIds.Claim.byName(file));
      } catch (InputException e) {
        // Reading the document will report it.
        return DocumentIds.Claim.byName(file);
      }
    }
    return DocumentIds.Claim.byName(file);
  }

  private static Optional<DocumentFormat> format(Path file) {
    String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (fileName.endsWith(".txt")) {
      return Optional.of(DocumentFormat.PROFILE_TEXT);
    }
    if (fileName.endsWith(".json")) {
      return Optional.of(DocumentFormat.JSON_RECORD);
    }
    return Optional.empty();
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(
          Location.of(file), "expected a readable file, found " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * The {@code .txt} and {@code .json} files under a folder and its subfolders, in path order: what
   * {@link #readAll} reads, for a caller that reads them a batch at a time.
   *
   * @throws InputException when {@code dir} is not a readable folder
   */
  public List<Path> caseFiles(Path dir) {
    return listCaseFiles(dir);
  }

  /** The problem {@link #readAll} reports for a file that cannot be read. */
  public Problem problem(InputException e) {
    return new Problem(Severity.ERROR, e.location(), detail(e));
  }

  private static List<Path> listCaseFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          Location.of(dir), "expected a folder of case documents ending in " + ACCEPTED);
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> format(p).isPresent())
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(
          Location.of(dir), "expected a readable folder, found " + e.getClass().getSimpleName(), e);
    }
  }

  /** The message of an exception without the location it starts with, which the problem repeats. */
  private static String detail(InputException e) {
    String prefix = e.location() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
