// The editor's result views besides YASR's own table: a map when the results have coordinates, a
// timeline when a column holds dates, a bar chart when they are a label column and numbers. Each
// is a YASR plugin offered only when the results fit it; all draw with what our jar serves
// (Leaflet, plain SVG and HTML), so no view needs another host. The table itself shows typed
// literals as values (editor-values.js). Loaded before the editor creates YASGUI.
(function () {
  var V = window.PfkgValues;
  var Yasr = window.Yasgui && window.Yasgui.Yasr;
  if (!V || !Yasr) return;
  var SVG = "http://www.w3.org/2000/svg";
  var WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  var LAT = /(^|_)(lat|latitude)$|Lat(itude)?$/;
  var LONG = /(^|_)(long|lon|lng|longitude)$|L(ong|on|ng)(itude)?$/;
  var POINT = /^\s*(?:<[^>]*>\s*)?POINT\s*\(\s*([-+]?\d+(?:\.\d+)?)\s+([-+]?\d+(?:\.\d+)?)\s*\)\s*$/i;
  var endpoint = "";

  function variables(yasr) {
    return yasr.results && yasr.results.getVariables ? yasr.results.getVariables() || [] : [];
  }
  function bindings(yasr) {
    return yasr.results && yasr.results.getBindings ? yasr.results.getBindings() || [] : [];
  }
  function icon(path) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    var p = document.createElementNS(SVG, "path");
    p.setAttribute("d", path);
    p.setAttribute("fill", "currentColor");
    svg.appendChild(p);
    return svg;
  }
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // Draws after the labels of the results' IRIs are known (or could not be had).
  function withLabels(yasr, draw) {
    return V.ensureLabels(endpoint, V.irisOf(variables(yasr), bindings(yasr))).then(draw);
  }
  // The text naming a row in a view: its values in the given columns, as people read them, each
  // once (a place's IRI and its name column read the same once labelled).
  function rowText(row, columns, prefixes) {
    return columns
      .map(function (v) { return V.text(row[v], prefixes); })
      .filter(function (t, i, all) { return t !== "" && all.indexOf(t) === i; })
      .join(" \u00b7 ");
  }

  // ---- map ----------------------------------------------------------------------------------
  // Coordinates from a pair of lat/long columns (geo:lat, geo:long or named so) or a WKT point.
  function coordinateColumns(vars, rows) {
    var lat = vars.filter(function (v) { return LAT.test(v); })[0];
    var lon = vars.filter(function (v) { return LONG.test(v); })[0];
    var wkt = vars.filter(function (v) {
      return rows.some(function (r) {
        var b = r[v];
        return V.isLiteral(b) && (b.datatype === WKT || !b.datatype) && POINT.test(b.value);
      });
    })[0];
    return { lat: lat && lon ? lat : undefined, lon: lat && lon ? lon : undefined, wkt: wkt };
  }
  function pointOf(row, cols) {
    var lat, lon;
    if (cols.lat && row[cols.lat] && row[cols.lon]) {
      lat = Number(row[cols.lat].value);
      lon = Number(row[cols.lon].value);
    } else if (cols.wkt && row[cols.wkt]) {
      var m = POINT.exec(row[cols.wkt].value);
      if (m) {
        lon = Number(m[1]);
        lat = Number(m[2]);
      }
    }
    var ok = isFinite(lat) && isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 &&
      lat !== undefined && lon !== undefined;
    return ok ? [lat, lon] : null;
  }

  // Natural Earth's country outlines (1:110m, from the world-atlas package in our jar), drawn
  // under the markers so that the plain background still shows where they are.
  var OUTLINE = "/assets/vendor/world-atlas/countries-110m.json";
  var outline = null;
  function drawOutline(map) {
    if (typeof topojson === "undefined") return;
    if (outline === null) {
      outline = fetch(OUTLINE)
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (topo) { return topo ? topojson.feature(topo, topo.objects.countries) : null; })
        .catch(function () { return null; });
    }
    map.createPane("outline").style.zIndex = 350;
    outline.then(function (countries) {
      if (!countries || !map.getContainer().isConnected) return;
      L.geoJSON(countries, {
        pane: "outline",
        interactive: false,
        style: { color: "#9aa7b0", weight: 0.7, fillColor: "#f6f5ef", fillOpacity: 1 },
      }).addTo(map);
      map.attributionControl.addAttribution("Outlines: Natural Earth");
    });
  }

  function MapView(yasr) {
    this.yasr = yasr;
    this.label = "Map";
    this.priority = 4;
    this.map = null;
  }
  MapView.prototype.getIcon = function () {
    return icon("M8 0a5 5 0 0 0-5 5c0 3.8 5 11 5 11s5-7.2 5-11a5 5 0 0 0-5-5zm0 7.5A2.5 2.5 0 1 1 8 2.5a2.5 2.5 0 0 1 0 5z");
  };
  MapView.prototype.canHandleResults = function () {
    if (typeof L === "undefined") return false;
    var rows = bindings(this.yasr);
    var cols = coordinateColumns(variables(this.yasr), rows);
    return rows.some(function (r) { return pointOf(r, cols) !== null; });
  };
  MapView.prototype.destroy = function () {
    if (this.map) this.map.remove();
    this.map = null;
  };
  MapView.prototype.draw = function () {
    var self = this;
    return withLabels(this.yasr, function () { self.render(); });
  };
  MapView.prototype.render = function () {
    var yasr = this.yasr;
    var vars = variables(yasr);
    var rows = bindings(yasr);
    var prefixes = yasr.getPrefixes();
    var cols = coordinateColumns(vars, rows);
    var named = vars.filter(function (v) { return v !== cols.lat && v !== cols.lon && v !== cols.wkt; });
    // One marker per spot, listing every row found there (six events in one city are one marker).
    var spots = {};
    var order = [];
    var without = 0;
    rows.forEach(function (row) {
      var p = pointOf(row, cols);
      if (!p) {
        without++;
        return;
      }
      var key = p[0].toFixed(5) + "," + p[1].toFixed(5);
      if (!spots[key]) {
        spots[key] = { point: p, items: [] };
        order.push(key);
      }
      var t = rowText(row, named, prefixes);
      if (spots[key].items.indexOf(t) < 0) spots[key].items.push(t);
    });
    var wrapper = element("div", "pfkg-view pfkg-map-view");
    var note = element("p", "pfkg-view-note");
    note.textContent = order.length + (order.length === 1 ? " place" : " places") + " from " +
      (rows.length - without) + " of " + rows.length + " rows" +
      (without ? " (" + without + " without coordinates are not shown)" : "") + ". ";
    var tilesButton = element("button", "pfkg-tiles", "Show map tiles (OpenStreetMap, needs the network)");
    tilesButton.type = "button";
    note.appendChild(tilesButton);
    wrapper.appendChild(note);
    var box = element("div", "pfkg-map");
    wrapper.appendChild(box);
    yasr.resultsEl.appendChild(wrapper);
    // A plain background: base tiles come from another host, fetched only when asked for, and
    // the markers stand without them.
    var map = L.map(box, { worldCopyJump: true, attributionControl: true }).setView([20, 0], 2);
    this.map = map;
    drawOutline(map);
    var bounds = [];
    order.forEach(function (key) {
      var spot = spots[key];
      var marker = L.circleMarker(spot.point, {
        radius: Math.min(6 + 2 * Math.sqrt(spot.items.length), 16),
        color: "#1d3557",
        weight: 2,
        fillColor: "#e63946",
        fillOpacity: 0.8,
        className: "pfkg-marker",
      }).addTo(map);
      var list = element("ul", "map-popup");
      spot.items.forEach(function (t) { list.appendChild(element("li", "", t)); });
      marker.bindPopup(list);
      marker.bindTooltip(spot.items.length > 1 ? spot.items.length + " rows" : spot.items[0] || "", {
        direction: "top",
      });
      bounds.push(spot.point);
    });
    if (bounds.length > 0) map.fitBounds(bounds, { maxZoom: 6, padding: [30, 30] });
    tilesButton.addEventListener("click", function () {
      tilesButton.disabled = true;
      var failed = false;
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 18,
        attribution: "&copy; OpenStreetMap contributors",
      })
        .on("tileerror", function () {
          if (failed) return;
          failed = true;
          tilesButton.textContent = "Map tiles could not be loaded: markers on a plain background";
        })
        .addTo(map);
    });
  };

  // ---- timeline ----------------------------------------------------------------------------
  // Rows grouped by year and, within a year, by date, laid out in normal flow as on journalist
  // pages: labels cannot overlap however rows cluster, and a gap of years is said in words.
  function dateColumns(vars, rows) {
    return vars.filter(function (v) { return rows.some(function (r) { return V.isDate(r[v]); }); });
  }
  function TimelineView(yasr) {
    this.yasr = yasr;
    this.label = "Timeline";
    this.priority = 3;
  }
  TimelineView.prototype.getIcon = function () {
    return icon("M1 7h14v2H1zM3 3h2v10H3zm5 2h2v6H8zm4-3h2v12h-2z");
  };
  TimelineView.prototype.canHandleResults = function () {
    return dateColumns(variables(this.yasr), bindings(this.yasr)).length > 0;
  };
  TimelineView.prototype.draw = function () {
    var self = this;
    return withLabels(this.yasr, function () { self.render(); });
  };
  TimelineView.prototype.render = function () {
    var yasr = this.yasr;
    var vars = variables(yasr);
    var rows = bindings(yasr);
    var prefixes = yasr.getPrefixes();
    var dates = dateColumns(vars, rows);
    // The row's name: up to three columns that are neither dates nor numbers (the whole row is in
    // the item's title).
    var named = vars.filter(function (v) {
      return dates.indexOf(v) < 0 && !rows.every(function (r) { return !r[v] || V.isNumeric(r[v]); });
    }).slice(0, 3);
    var placed = [];
    var undated = 0;
    rows.forEach(function (row) {
      // The first date the row binds, in column order.
      var column = dates.filter(function (v) { return V.isDate(row[v]); })[0];
      if (!column) {
        undated++;
        return;
      }
      placed.push({ lexical: row[column].value, column: column, row: row });
    });
    placed.sort(function (a, b) { return a.lexical < b.lexical ? -1 : a.lexical > b.lexical ? 1 : 0; });
    var wrapper = element("div", "pfkg-view pfkg-timeline-view");
    wrapper.appendChild(element("p", "pfkg-view-note",
      placed.length + " of " + rows.length + " rows placed by " +
      dates.map(function (d) { return "?" + d; }).join(", then ") +
      (undated ? "; " + undated + " without a date are not shown" : "") + "."));
    var list = element("ol", "timeline pfkg-timeline");
    var year = null;
    var yearItem = null;
    var days = null;
    var lastWhen = null;
    var day = null;
    placed.forEach(function (p) {
      var y = p.lexical.substring(0, 4);
      if (y !== year) {
        if (year !== null && Number(y) - Number(year) > 1) {
          var gap = Number(y) - Number(year) - 1;
          list.appendChild(element("li", "tl-gap", "\u2026 " + gap + (gap === 1 ? " year" : " years") + " \u2026"));
        }
        year = y;
        yearItem = element("li", "tl-year");
        yearItem.appendChild(element("div", "tl-when", y));
        days = element("ul", "");
        yearItem.appendChild(days);
        list.appendChild(yearItem);
        lastWhen = null;
      }
      // One line per date (as on journalist pages), its rows after it separated by "; ".
      var when = V.withinYear(p.lexical);
      if (when !== lastWhen || day === null) {
        var line = element("li", "tl-item precision-" +
          (p.lexical.length >= 10 ? "day" : p.lexical.length >= 7 ? "month" : "year"));
        line.appendChild(element("span", "tl-dot"));
        day = element("span", "tl-label");
        if (when) day.appendChild(element("span", "tl-date", when + ": "));
        line.appendChild(day);
        days.appendChild(line);
        lastWhen = when;
      } else {
        day.appendChild(document.createTextNode("; "));
      }
      var item = element("span", "tl-entry", rowText(p.row, named, prefixes) || V.text(p.row[p.column]));
      item.title = vars
        .filter(function (v) { return p.row[v]; })
        .map(function (v) { return v + ": " + V.text(p.row[v], prefixes); })
        .join("\n");
      day.appendChild(item);
    });
    wrapper.appendChild(list);
    yasr.resultsEl.appendChild(wrapper);
  };

  // ---- chart --------------------------------------------------------------------------------
  // A horizontal bar per row: offered when the results are one label column (each label once)
  // and one or more columns of numbers not below zero; a control picks the number column.
  var MAX_BARS = 500;
  function chartShape(vars, rows) {
    if (rows.length === 0 || rows.length > MAX_BARS) return null;
    var numbers = [];
    var labels = [];
    vars.forEach(function (v) {
      var bound = rows.filter(function (r) { return r[v]; });
      if (bound.length === 0) return;
      if (bound.every(function (r) { return V.isNumeric(r[v]) && Number(r[v].value) >= 0; })) numbers.push(v);
      else labels.push(v);
    });
    if (labels.length !== 1 || numbers.length === 0) return null;
    var seen = {};
    var unique = rows.every(function (r) {
      var b = r[labels[0]];
      var key = b ? b.type + " " + b.value : "";
      if (!b || seen[key]) return false;
      seen[key] = true;
      return true;
    });
    return unique ? { label: labels[0], numbers: numbers } : null;
  }
  function ChartView(yasr) {
    this.yasr = yasr;
    this.label = "Chart";
    this.priority = 2;
    this.column = null;
  }
  ChartView.prototype.getIcon = function () {
    return icon("M1 2h2v12H1zm3 1h9v3H4zm0 4h6v3H4zm0 4h11v3H4z");
  };
  ChartView.prototype.canHandleResults = function () {
    return chartShape(variables(this.yasr), bindings(this.yasr)) !== null;
  };
  ChartView.prototype.draw = function () {
    var self = this;
    return withLabels(this.yasr, function () { self.render(); });
  };
  ChartView.prototype.render = function () {
    var self = this;
    var yasr = this.yasr;
    var rows = bindings(yasr);
    var prefixes = yasr.getPrefixes();
    var shape = chartShape(variables(yasr), rows);
    if (shape.numbers.indexOf(this.column) < 0) this.column = shape.numbers[shape.numbers.length - 1];
    var column = this.column;
    var wrapper = element("div", "pfkg-view pfkg-chart-view");
    var note = element("p", "pfkg-view-note", "?" + shape.label + " by ");
    if (shape.numbers.length > 1) {
      var select = element("select", "pfkg-chart-column");
      shape.numbers.forEach(function (v) {
        var o = element("option", "", "?" + v);
        o.value = v;
        o.selected = v === column;
        select.appendChild(o);
      });
      select.addEventListener("change", function () {
        self.column = select.value;
        while (yasr.resultsEl.firstChild) yasr.resultsEl.firstChild.remove();
        self.render();
      });
      note.appendChild(select);
    } else {
      note.appendChild(document.createTextNode("?" + column));
    }
    wrapper.appendChild(note);
    yasr.resultsEl.appendChild(wrapper);

    var bars = rows.map(function (r) {
      return {
        label: V.text(r[shape.label], prefixes),
        value: r[column] ? Number(r[column].value) : 0,
        shown: r[column] ? V.text(r[column], prefixes) : "",
      };
    });
    var max = Math.max.apply(null, bars.map(function (b) { return b.value; }).concat([0]));
    var barHeight = 22;
    var width = Math.max(320, wrapper.clientWidth || 800);
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "pfkg-chart");
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(bars.length * barHeight + 8));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "bar chart of ?" + column + " by ?" + shape.label);
    wrapper.appendChild(svg);
    // Labels first, to measure the widest (at most 40 % of the width; longer ones are cut, the
    // whole text in their title).
    var labelWidth = 0;
    var texts = bars.map(function (b, i) {
      var t = document.createElementNS(SVG, "text");
      t.setAttribute("class", "bar-label");
      t.setAttribute("y", String(i * barHeight + 15));
      t.textContent = b.label;
      svg.appendChild(t);
      labelWidth = Math.max(labelWidth, t.getComputedTextLength());
      return t;
    });
    labelWidth = Math.min(Math.ceil(labelWidth) + 8, Math.floor(width * 0.4));
    var room = width - labelWidth - 70;
    bars.forEach(function (b, i) {
      var t = texts[i];
      t.setAttribute("x", String(labelWidth - 6));
      t.setAttribute("text-anchor", "end");
      while (t.getComputedTextLength() > labelWidth - 8 && t.textContent.length > 2) {
        t.textContent = t.textContent.substring(0, t.textContent.length - 2) + "\u2026";
      }
      var title = document.createElementNS(SVG, "title");
      title.textContent = b.label + ": " + b.shown;
      var rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("class", "bar");
      rect.setAttribute("x", String(labelWidth));
      rect.setAttribute("y", String(i * barHeight + 3));
      rect.setAttribute("height", String(barHeight - 6));
      rect.setAttribute("width", String(max > 0 ? Math.max(1, (b.value / max) * room) : 1));
      rect.setAttribute("data-value", String(b.value));
      rect.appendChild(title);
      svg.appendChild(rect);
      var value = document.createElementNS(SVG, "text");
      value.setAttribute("class", "bar-value");
      value.setAttribute("x", String(labelWidth + (max > 0 ? (b.value / max) * room : 0) + 5));
      value.setAttribute("y", String(i * barHeight + 15));
      value.textContent = b.shown;
      svg.appendChild(value);
    });
  };

  // ---- table --------------------------------------------------------------------------------
  // YASR's table prints a typed literal as "1"^^xsd:integer; ours prints its value (the lexical
  // form and datatype stay in the cell's title), and numbers sort as numbers.
  var Table = Yasr.plugins.table;
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  if (Table && Table.prototype.formatLiteral) {
    Table.prototype.formatLiteral = function (b) {
      var shown = escapeHtml(V.text(b));
      var lang = b["xml:lang"] ? "<sup>@" + escapeHtml(b["xml:lang"]) + "</sup>" : "";
      if (!b.datatype) return shown + lang;
      var type = V.localType(b) ? "xsd:" + V.localType(b) : b.datatype;
      return "<span class='typed' data-datatype='" + escapeHtml(type) + "' title='" +
        escapeHtml(b.value + " (" + type + ")") + "'>" + shown + "</span>";
    };
  }
  if (Table && Table.prototype.getColumns) {
    var columns = Table.prototype.getColumns;
    Table.prototype.getColumns = function () {
      var list = columns.call(this);
      list.slice(1).forEach(function (c) {
        var render = c.render;
        c.render = function (data, type, row, meta) {
          if ((type === "sort" || type === "type") && data && V.isNumeric(data)) return Number(data.value);
          return render(data, type, row, meta);
        };
      });
      return list;
    };
  }

  window.PfkgViews = {
    register: function (sparqlEndpoint) {
      endpoint = sparqlEndpoint;
      Yasr.registerPlugin("map", MapView);
      Yasr.registerPlugin("timeline", TimelineView);
      Yasr.registerPlugin("chart", ChartView);
      // YASGUI builds each tab's YASR from Yasr.defaults: the order of the view buttons is set there.
      Yasr.defaults.pluginOrder = ["table", "map", "timeline", "chart", "response"];
    },
  };
})();
