// The maps of journalist and place pages; markers come from the page itself (data-places): one
// marker per spot, its popup listing everything that happened there. Tiles come from
// OpenStreetMap; without network the markers still show. Without script the page lists the same
// places in text.
(function () {
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") return;
  var markers = JSON.parse(element.getAttribute("data-places") || "[]");
  var map = L.map(element).setView([30, 20], 2);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: "&copy; OpenStreetMap contributors",
  }).addTo(map);
  var bounds = [];
  markers.forEach(function (m) {
    var marker = L.marker([m.lat, m.lon], {
      title: m.items.map(function (i) { return i.label; }).filter(unique).join(", "),
    }).addTo(map);
    marker.getElement().setAttribute("data-count", String(m.items.length));
    var list = document.createElement("ul");
    list.className = "map-popup";
    m.items.forEach(function (i) {
      var li = document.createElement("li");
      var a = document.createElement(i.href ? "a" : "span");
      if (i.href) a.href = i.href;
      a.textContent = i.label;
      li.appendChild(a);
      li.appendChild(document.createTextNode(
        (i.what ? " (" + i.what + ")" : "") + (i.near ? " \u2013 shown at " + i.near : "")));
      list.appendChild(li);
    });
    marker.bindPopup(list);
    if (m.items.length > 1) {
      marker.bindTooltip(String(m.items.length), {
        permanent: true, direction: "right", className: "map-count",
      });
    }
    bounds.push([m.lat, m.lon]);
  });
  if (bounds.length > 0) map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30] });

  function unique(value, index, all) { return all.indexOf(value) === index; }
})();
