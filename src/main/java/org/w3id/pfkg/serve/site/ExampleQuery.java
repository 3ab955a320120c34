package org.w3id.pfkg.serve.site;

/**
 * One example query of {@code queries/}, with the fields of its comment header.
 *
 * @param name the file name without {@code .rq}
 */
public record ExampleQuery(
    String name, String title, String question, String answer, String text) {}
