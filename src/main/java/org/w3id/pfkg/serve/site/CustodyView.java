package org.w3id.pfkg.serve.site;

/**
 * A journalist's first custody as the build derived it ({@code pf:custody}, docs/MODEL.md), each
 * bound as the text dates it and linked to the event or statement it comes from; empty strings
 * where the span has no such bound.
 *
 * @param from when custody began ("2012", "14 July 2009")
 * @param start the arrest or detention it began with, named by its type
 * @param until when it ended, empty while no dated release or death follows
 * @param end the release or death it ended with, named by its type
 * @param lastSaidHeld the date of the latest statement that the journalist was held
 */
public record CustodyView(String from, Link start, String until, Link end, String lastSaidHeld) {}
