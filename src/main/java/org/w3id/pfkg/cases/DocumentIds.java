package org.w3id.pfkg.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.Severity;

/**
 * Which file of a corpus holds each document id: the one rule by which a document may not take
 * another's id, and with it another's case (a document without a {@code Case:} header is its own
 * case, named by its id).
 *
 * <p>The rule is decided over the whole list of files before any is extracted, so the answer does
 * not depend on which file happens to be read first, and never lets a newcomer replace a case:
 *
 * <ul>
 *   <li>An id is held by the file named after it ({@code gulmire-imin.txt} holds {@code
 *       gulmire-imin}); a JSON record that claims that id with its {@code "id"} key is refused, at
 *       the line of that key.
 *   <li>When no file or more than one file is named after an id that several files give, none can
 *       be shown to be the case's own: every one of them is refused, each message naming the
 *       others.
 * </ul>
 *
 * A document that means to add to another case says so with {@code Case:} ({@code "case"}) and an
 * id of its own.
 */
public final class DocumentIds {
  /**
   * One file's claim on an id.
   *
   * @param file the file
   * @param id the document id it gives
   * @param at where the id is written (the file itself when the id is its name)
   * @param named whether the id is the file's own name
   */
  record Claim(Path file, String id, Location at, boolean named) {
    /** A claim written in the file at {@code at}; named when it is the file's own name anyway. */
    static Claim of(Path file, String id, Location at) {
      return new Claim(file, id, at, id.equals(DocumentHeaders.documentId(file)));
    }

    static Claim byName(Path file) {
      return new Claim(file, DocumentHeaders.documentId(file), Location.of(file), true);
    }
  }

  private final Map<Path, Problem> refused;

  private DocumentIds(Map<Path, Problem> refused) {
    this.refused = refused;
  }

  /**
   * The ids of a corpus's files. Profile texts are named by their files; JSON records are scanned
   * for their {@code "id"} (a record that cannot be read claims its file name, and reading it will
   * report why it cannot).
   */
  public static DocumentIds of(List<Path> files, CaseReader reader) {
    return decide(files.stream().map(reader::idClaim).toList());
  }

  static DocumentIds decide(List<Claim> claims) {
    Map<String, List<Claim>> byId = new LinkedHashMap<>();
    claims.forEach(c -> byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c));
    Map<Path, Problem> refused = new HashMap<>();
    byId.forEach(
        (id, same) -> {
          if (same.size() < 2) {
            return;
          }
          List<Claim> named = same.stream().filter(Claim::named).toList();
          if (named.size() == 1) {
            Claim holder = named.get(0);
            same.stream()
                .filter(c -> c != holder)
                .forEach(c -> refused.put(c.file(), heldBy(c, holder)));
          } else {
            same.forEach(c -> refused.put(c.file(), contested(c, same)));
          }
        });
    return new DocumentIds(Map.copyOf(refused));
  }

  /** Why a document may not have its id; empty when the id is its own. */
  public Optional<Problem> refusal(CaseDocument doc) {
    return Optional.ofNullable(refused.get(doc.file()));
  }

  /** Why the document read from {@code file} is refused, if it is. */
  public Optional<Problem> refusal(Path file) {
    return Optional.ofNullable(refused.get(file));
  }

  private static Problem heldBy(Claim newcomer, Claim holder) {
    return new Problem(
        Severity.ERROR,
        newcomer.at(),
        "expected a unique document id, but \""
            + newcomer.id()
            + "\" is the id of "
            + holder.file()
            + ", which is named after it; give this document an id of its own (and a \"case\""
            + " naming \""
            + newcomer.id()
            + "\" if it is about that case)");
  }

  private static Problem contested(Claim claim, List<Claim> same) {
    return new Problem(
        Severity.ERROR,
        claim.at(),
        "expected a unique document id, but \""
            + claim.id()
            + "\" is also given by "
            + same.stream()
                .filter(c -> c != claim)
                .map(c -> c.file().toString())
                .collect(Collectors.joining(", "))
            + ", and no single file is named after it, so none of them is taken;"
            + " give each document an id of its own");
  }
}
