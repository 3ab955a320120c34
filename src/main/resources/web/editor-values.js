// Values of SPARQL results as people read them, shared by the editor's result views: a typed
// literal shown as its value (a date at its precision, a number as a number, a duration in words,
// as the site's pages do in Humanise.java) instead of "1"^^xsd:integer; IRIs by the label the
// graph gives them, asked from our own endpoint once per IRI and kept for every view.
(function () {
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMERIC = ["integer", "decimal", "double", "float", "int", "long", "short", "byte",
    "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"];
  var DATES = ["date", "gYearMonth", "gYear", "dateTime", "dateTimeStamp"];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var UNITS = ["year", "month", "week", "day", "hour", "minute", "second"];
  var DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

  function localType(b) {
    return b && b.datatype && b.datatype.indexOf(XSD) === 0 ? b.datatype.substring(XSD.length) : "";
  }
  function isLiteral(b) {
    return !!b && (b.type === "literal" || b.type === "typed-literal");
  }
  function isNumeric(b) {
    return isLiteral(b) && NUMERIC.indexOf(localType(b)) >= 0 && isFinite(Number(b.value));
  }
  // A date-like value with a four-digit year the timeline can place (not a time of day alone).
  function isDate(b) {
    return isLiteral(b) && DATES.indexOf(localType(b)) >= 0 && /^\d{4}/.test(b.value);
  }

  // "P19Y8M" -> "19 years 8 months"; anything else unchanged, so a value is never hidden.
  function duration(lexical) {
    var m = DURATION.exec(lexical);
    if (!m || lexical === "P" || /T$/.test(lexical)) return lexical;
    var parts = [];
    for (var i = 0; i < UNITS.length; i++) {
      if (m[i + 1] !== undefined) {
        var n = Number(m[i + 1]);
        parts.push(n + " " + UNITS[i] + (n === 1 ? "" : "s"));
      }
    }
    return parts.length ? parts.join(" ") : lexical;
  }
  // A date at the precision its lexical form states: "2009-07-14" -> "14 July 2009",
  // "2014-03" -> "March 2014", "2010" -> "2010"; a time zone or time of day kept after it.
  function date(lexical) {
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(.*)$/.exec(lexical);
    if (!m) return lexical;
    var month = m[2] ? Number(m[2]) : 0;
    if (m[2] && (month < 1 || month > 12)) return lexical;
    var text = m[3] ? Number(m[3]) + " " + MONTHS[month - 1] + " " + m[1]
      : m[2] ? MONTHS[month - 1] + " " + m[1] : m[1];
    var rest = m[4];
    var time = /^T(\d{2}:\d{2})(?::00(?:\.0+)?)?(.*)$/.exec(rest);
    if (time) return text + ", " + time[1] + (time[2] && time[2] !== "Z" ? " " + time[2] : time[2] ? " UTC" : "");
    return rest && rest !== "Z" ? text + " (" + rest + ")" : text;
  }
  // Within its year, for the timeline: "14 Jul", "Jul", or "" for a year.
  function withinYear(lexical) {
    var m = /^\d{4}(?:-(\d{2})(?:-(\d{2}))?)?/.exec(lexical);
    if (!m || !m[1]) return "";
    var month = MONTHS[Number(m[1]) - 1];
    if (!month) return "";
    return (m[2] ? Number(m[2]) + " " : "") + month.substring(0, 3);
  }
  function number(lexical) {
    var n = Number(lexical);
    if (!isFinite(n)) return lexical;
    // Years and identifiers stay as written below 10 000; larger counts get separators.
    return Math.abs(n) >= 10000 ? n.toLocaleString("en-GB", { maximumFractionDigits: 6 }) : String(n);
  }

  var labels = {};
  var asked = {};
  function shortIri(iri, prefixes) {
    for (var p in prefixes || {}) {
      if (iri.indexOf(prefixes[p]) === 0 && iri.length > prefixes[p].length) return p + ":" + iri.substring(prefixes[p].length);
    }
    var m = /[#\/]([^#\/]+)$/.exec(iri);
    return m ? m[1] : iri;
  }

  // The text a person reads for one binding.
  function text(b, prefixes) {
    if (!b) return "";
    if (b.type === "uri") return labels[b.value] || shortIri(b.value, prefixes);
    if (!isLiteral(b)) return b.value;
    var t = localType(b);
    if (NUMERIC.indexOf(t) >= 0) return number(b.value);
    if (DATES.indexOf(t) >= 0) return date(b.value);
    if (t === "duration" || t === "yearMonthDuration" || t === "dayTimeDuration") return duration(b.value);
    return b.value;
  }

  // Asks our endpoint for the labels of the IRIs not asked yet (in batches of 200); resolves when
  // they are known, or unknown because the endpoint failed: a view then shows short IRIs.
  function ensureLabels(endpoint, iris) {
    var missing = [];
    iris.forEach(function (iri) {
      if (!asked[iri] && /^https?:\/\//.test(iri)) {
        asked[iri] = true;
        missing.push(iri);
      }
    });
    var batches = [];
    for (var i = 0; i < missing.length; i += 200) {
      batches.push(fetchLabels(endpoint, missing.slice(i, i + 200)));
    }
    return Promise.all(batches);
  }
  function fetchLabels(endpoint, iris) {
    var query =
      "SELECT ?s (SAMPLE(?l) AS ?label) WHERE { VALUES ?s { " +
      iris.map(function (i) { return "<" + i.replace(/[<>"{}|^`\\\s]/g, "") + ">"; }).join(" ") +
      " } ?s <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2000/01/rdf-schema#label>|<http://schema.org/name> ?l ." +
      " FILTER (LANG(?l) = '' || LANGMATCHES(LANG(?l), 'en')) } GROUP BY ?s";
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
      body: "query=" + encodeURIComponent(query),
    })
      .then(function (r) { return r.ok ? r.json() : { results: { bindings: [] } }; })
      .then(function (json) {
        json.results.bindings.forEach(function (b) { labels[b.s.value] = b.label.value; });
      })
      .catch(function () {});
  }

  // The IRIs bound anywhere in a result set (at most 2 000: a view over more rows shows the rest
  // as short IRIs rather than flooding the endpoint).
  function irisOf(vars, bindings) {
    var seen = {};
    var list = [];
    for (var r = 0; r < bindings.length && list.length < 2000; r++) {
      vars.forEach(function (v) {
        var b = bindings[r][v];
        if (b && b.type === "uri" && !seen[b.value]) {
          seen[b.value] = true;
          list.push(b.value);
        }
      });
    }
    return list;
  }

  window.PfkgValues = {
    XSD: XSD,
    localType: localType,
    isLiteral: isLiteral,
    isNumeric: isNumeric,
    isDate: isDate,
    duration: duration,
    date: date,
    withinYear: withinYear,
    text: text,
    labels: labels,
    ensureLabels: ensureLabels,
    irisOf: irisOf,
  };
})();
