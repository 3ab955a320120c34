// YASGUI on /editor: our endpoint, our prefixes, results as a table, examples one click away.
(function () {
  var element = document.getElementById("yasgui");
  var config = JSON.parse(element.getAttribute("data-config"));
  var endpoint = new URL(config.endpoint, window.location.href).toString();
  var yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return []; } },
    yasr: { defaultPlugin: "table" },
  });
  var tab = yasgui.getTab();
  tab.setEndpoint(endpoint);
  tab.setQuery(config.example || config.defaultQuery);
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () {
      var current = yasgui.getTab();
      current.setQuery(button.getAttribute("data-query"));
      current.query();
    });
  });
  window.pfkgYasgui = yasgui;
})();
