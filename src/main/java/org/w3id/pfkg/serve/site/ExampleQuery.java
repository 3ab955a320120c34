package org.w3id.pfkg.serve.site;

/**
 * One example query of {@code queries/}, with the fields of its comment header.
 *
 * @param name the file name without {@code .rq}
 */
public record ExampleQuery(String name, String title, String question, String answer, String text) {
  private static final java.util.regex.Pattern SERVICE =
      java.util.regex.Pattern.compile("(?im)^[^#\\n]*\\bSERVICE\\s*<");

  /** True when the query calls another endpoint ({@code SERVICE}): it needs the network. */
  public boolean needsNetwork() {
    return SERVICE.matcher(text).find();
  }
}
