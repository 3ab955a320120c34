// YASGUI on /editor: our endpoint, our prefixes (served by us: nothing is fetched from another
// host, prefix.cc included), results as a table with labels for IRIs and values for typed literals,
// or as a map, timeline or chart when they fit (editor-views.js), examples one click away;
// /editor?example=NAME opens that example and runs it.
(function () {
  var element = document.getElementById("yasgui");
  var config = JSON.parse(element.getAttribute("data-config"));
  var endpoint = new URL(config.endpoint, window.location.href).toString();
  // Map, timeline and chart views, each offered when the results fit it (editor-views.js).
  PfkgViews.register(endpoint);
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
  // graph gives it (asked once per IRI, in batches, into the cache every view shares), the IRI
  // staying in its title and href.
  function relabel(root) {
    var links = Array.prototype.slice.call(root.querySelectorAll("a.iri:not([data-labelled])"));
    var missing = [];
    links.forEach(function (a) {
      var iri = a.getAttribute("href");
      if (PfkgValues.labels[iri]) {
        show(a, iri);
      } else {
        missing.push(iri);
      }
    });
    if (missing.length > 0) {
      PfkgValues.ensureLabels(endpoint, missing).then(function () {
        var known = missing.filter(function (iri) { return PfkgValues.labels[iri]; });
        if (known.length > 0) relabel(root);
      });
    }
  }
  function show(a, iri) {
    a.setAttribute("data-labelled", "");
    a.setAttribute("title", iri);
    a.textContent = PfkgValues.labels[iri];
    var before = a.previousSibling;
    var after = a.nextSibling;
    if (before && before.nodeType === 3 && /<$/.test(before.nodeValue)) {
      before.nodeValue = before.nodeValue.replace(/<$/, "");
    }
    if (after && after.nodeType === 3 && /^>/.test(after.nodeValue)) {
      after.nodeValue = after.nodeValue.replace(/^>/, "");
    }
  }
  var results = element;
  new MutationObserver(function () { relabel(results); }).observe(results, { childList: true, subtree: true });
  window.pfkgYasgui = yasgui;
})();
