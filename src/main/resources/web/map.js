// The map of arrest and detention places on a journalist page; markers come from the page itself
// (data-places). Tiles come from OpenStreetMap; without network the markers still show.
(function () {
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") return;
  var places = JSON.parse(element.getAttribute("data-places") || "[]");
  var map = L.map(element).setView([30, 80], 2);
  L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    maxZoom: 18,
    attribution: "&copy; OpenStreetMap contributors",
  }).addTo(map);
  var bounds = [];
  places.forEach(function (p) {
    var marker = L.marker([p.lat, p.lon]).addTo(map);
    var popup = document.createElement("a");
    popup.href = p.href;
    popup.textContent = p.label + " (" + p.what + ")";
    marker.bindPopup(popup);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length > 0) map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30] });
})();
