// YASGUI on /editor: our endpoint, our prefixes (served by us: nothing is fetched from another
// host, prefix.cc included), results as a table with labels for IRIs, examples one click away;
// /editor?example=NAME opens that example and runs it.
(function () {
  var element = document.getElementById("yasgui");
  var config = JSON.parse(element.getAttribute("data-config"));
  var endpoint = new URL(config.endpoint, window.location.href).toString();
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return []; } },
    // Only completers that need no remote service; prefixes come from our own list.
    yasqe: { prefixCcApi: config.prefixList, autocompleters: ["prefixes", "variables"] },
    yasr: { defaultPlugin: "table", prefixes: config.prefixMap },
  });
  var tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  tab.setQuery(config.example || config.defaultQuery);
  if (config.example) {
    tab.query();
  }
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var current = yasgui.getTab();
      current.setQuery(button.getAttribute("data-query"));
      current.query();
    });
  });

  // Labels instead of IRIs in the results table: each IRI link the table draws gets the label the
  // graph gives it (asked once per IRI, in batches), the IRI staying in its title and href.
  var labels = {};
  var asked = {};
  function relabel(root) {
    var links = Array.prototype.slice.call(root.querySelectorAll("a.iri:not([data-labelled])"));
    var missing = [];
    links.forEach(function (a) {
      var iri = a.getAttribute("href");
      if (labels[iri]) {
        show(a, iri);
      } else if (!asked[iri] && /^https?:\/\//.test(iri)) {
        asked[iri] = true;
        missing.push(iri);
      }
    });
    for (var i = 0; i < missing.length; i += 200) {
      fetchLabels(missing.slice(i, i + 200), root);
    }
  }
  function show(a, iri) {
    a.setAttribute("data-labelled", "");
    a.setAttribute("title", iri);
    a.textContent = labels[iri];
    var before = a.previousSibling;
    var after = a.nextSibling;
    if (before && before.nodeType === 3 && /<$/.test(before.nodeValue)) {
      before.nodeValue = before.nodeValue.replace(/<$/, "");
    }
    if (after && after.nodeType === 3 && /^>/.test(after.nodeValue)) {
      after.nodeValue = after.nodeValue.replace(/^>/, "");
    }
  }
  function fetchLabels(iris, root) {
    var query =
      "SELECT ?s (SAMPLE(?l) AS ?label) WHERE { VALUES ?s { " +
      iris.map(function (i) { return "<" + i.replace(/[<>"{}|^`\\\s]/g, "") + ">"; }).join(" ") +
      " } ?s <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2000/01/rdf-schema#label>|<http://schema.org/name> ?l ." +
      " FILTER (LANG(?l) = '' || LANGMATCHES(LANG(?l), 'en')) } GROUP BY ?s";
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
      body: "query=" + encodeURIComponent(query),
    })
      .then(function (r) { return r.ok ? r.json() : { results: { bindings: [] } }; })
      .then(function (json) {
        json.results.bindings.forEach(function (b) { labels[b.s.value] = b.label.value; });
        relabel(root);
      })
      .catch(function () {});
  }
  var results = element;
  new MutationObserver(function () { relabel(results); }).observe(results, { childList: true, subtree: true });
  window.pfkgYasgui = yasgui;
})();
