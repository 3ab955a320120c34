package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * One journalist's line of the cases table, as the release states it. Lists are sorted and hold
 * labels; an empty string or list means the graph says nothing.
 *
 * @param journalist the journalist's IRI
 * @param href the journalist's page on this site
 * @param aliases other spellings of the name ({@code schema:alternateName})
 * @param countries the countries of the case's state acts (arrest, trial, ...), read from the
 *     places of its events
 * @param arrested the first arrest or detention's date at the text's precision ({@code 2009-07-14},
 *     {@code 2010-08}, {@code 2009}), empty when none is dated
 * @param arrestYear that date's year, as text, empty when undated
 * @param charges labels of the charges
 * @param categories labels of the charges' CPJ categories, and of the case's own CPJ category
 * @param latestSentence the latest term in words ("19 years 8 months", "life imprisonment")
 * @param sentenceMonths the latest term in months for sorting: life and death sort above any term,
 *     -1 without a sentence
 * @param status label of the one current status, empty when the graph has none
 * @param detentionPlaces labels of the places the journalist was held in
 * @param places every place name of the case, for the search box
 * @param gender "female", "male", ... from {@code schema:gender}
 * @param media labels of the media the journalist worked in (from the case's Medium header)
 * @param localOrForeign the case's "Local or Foreign" value
 */
public record CaseRow(
    String journalist,
    String href,
    String name,
    List<String> aliases,
    List<String> countries,
    List<String> outlets,
    String arrested,
    String arrestYear,
    List<String> charges,
    List<String> categories,
    String latestSentence,
    long sentenceMonths,
    String status,
    List<String> detentionPlaces,
    List<String> places,
    String gender,
    List<String> media,
    List<String> localOrForeign) {}
