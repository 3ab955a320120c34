package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.table.RuleTable;

/**
 * The organisation that publishes the case texts (CPJ, from {@code publisher.tsv}). Its own calls
 * and opinions ("CPJ said today, urging the authorities ...") and the words of its staff credit no
 * fact of the case; it is a source where the text credits it with facts ("CPJ could not confirm",
 * "CPJ reported that his family could not reach him").
 *
 * @param key gazetteer key of the publisher
 * @param names its name and variants as the text may give them
 * @param advocacy the words of a call or an opinion, which credit it with no fact
 */
record Publisher(String key, List<String> names, Pattern advocacy) {
  static final Publisher NONE = new Publisher("", List.of(), Pattern.compile("(?!)"));

  static Publisher load(Path rules, Knowledge knowledge) {
    return RuleTable.read(rules.resolve("publisher.tsv")).stream()
        .findFirst()
        .map(
            r -> {
              Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(r.get("key"));
              List<String> names =
                  entry == null
                      ? List.of()
                      : Stream.concat(Stream.of(entry.name()), entry.variants().stream()).toList();
              return new Publisher(r.get("key"), names, r.pattern("advocacy"));
            })
        .orElse(NONE);
  }

  /** Whether a sentence that credits {@code source} credits it with a fact. */
  boolean credits(Source source, String sentence) {
    return !source.key().equals(key) || !advocacy.matcher(sentence).find();
  }

  /**
   * Whether a person speaks for the publisher: "Ama Boateng, CPJ's Africa representative", "CPJ's
   * Ama Boateng", "Ama Boateng of CPJ", "CPJ Advocacy Director Ama Boateng".
   */
  boolean employs(PersonFact person) {
    String text = person.evidence().quote();
    String name = Pattern.quote(person.name());
    for (String n : names) {
      String org = Pattern.quote(n);
      Pattern staff =
          Pattern.compile(
              name
                  + ",\\s(?:the\\s)?"
                  + org
                  + "['’]s\\b|"
                  + name
                  + "\\s(?:of|from)\\s(?:the\\s)?"
                  + org
                  + "\\b|\\b"
                  + org
                  + "(?:['’]s)?\\s(?:(?:\\p{Lu}[\\p{L}-]*|and|of|for)\\s){0,6}"
                  + name);
      if (staff.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
