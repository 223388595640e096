// bluf web interface: citation highlighting, the event timeline, the dyad
// relation index and the actor network. Loaded as a file (the
// Content-Security-Policy forbids inline script); the chart data comes
// from the JSON block #viz-data written by the server.
(function () {
  'use strict';

  var current = null;

  // highlight marks the sentence with the given id and scrolls it into
  // view inside the article pane. It returns false when no such sentence
  // is on the page.
  function highlight(id, scroll) {
    var el = document.getElementById(id);
    if (!el || !el.classList.contains('sent')) {
      return false;
    }
    if (current && current !== el) {
      current.classList.remove('hl');
    }
    el.classList.add('hl');
    // Move focus there too, so that keyboard and screen-reader users
    // land on the evidence.
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    current = el;
    if (scroll !== false) {
      el.scrollIntoView({ block: 'center', behavior: 'auto' });
    }
    return true;
  }

  document.addEventListener('click', function (ev) {
    var a = ev.target.closest ? ev.target.closest('a.cite') : null;
    if (!a) {
      return;
    }
    var id = a.getAttribute('data-s') || decodeURIComponent((a.hash || '').slice(1));
    if (id && highlight(id)) {
      ev.preventDefault();
      if (history.replaceState) {
        history.replaceState(null, '', '#' + encodeURIComponent(id).replace(/%3A/g, ':'));
      }
    }
  });

  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id) {
      highlight(id);
    }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();

  // Adding a document takes a moment (a URL is fetched, the text
  // analysed): say so, and keep the form from being sent twice.
  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!form.matches || !form.matches('.add-grid form')) {
      return;
    }
    var btn = form.querySelector('button[type=submit]');
    if (btn) {
      if (btn.disabled) {
        ev.preventDefault();
        return;
      }
      btn.disabled = true;
      btn.textContent = form.id === 'form-url' ? 'Fetching and analysing…' : 'Analysing…';
    }
  });

  var dataEl = document.getElementById('viz-data');
  if (!dataEl) {
    return;
  }
  var viz;
  try {
    viz = JSON.parse(dataEl.textContent);
  } catch (e) {
    return;
  }

  var quadColor = { 1: '#5fb27b', 2: '#1f7a4a', 3: '#e59a3c', 4: '#b3261e' };
  var quadName = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  // short cuts a name for a chart label.
  function short(s) {
    return s.length > 18 ? s.slice(0, 17) + '…' : s;
  }

  function goldsteinColor(g) {
    if (g <= -5) return '#b3261e';
    if (g < -0.5) return '#e07b72';
    if (g >= 5) return '#1f7a4a';
    if (g > 0.5) return '#5fb27b';
    return '#8a94a0';
  }

  if (window.Chart) {
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 12;
    Chart.defaults.color = '#424a53';
    Chart.defaults.animation = false;

    var tl = document.getElementById('timeline');
    if (tl && viz.timeline && viz.timeline.length) {
      var byQuad = {};
      viz.timeline.forEach(function (p) {
        var q = p.quad || 0;
        (byQuad[q] = byQuad[q] || []).push({ x: p.t, y: p.y, p: p });
      });
      var datasets = Object.keys(byQuad).sort().map(function (q) {
        return {
          label: quadName[q] || 'Uncoded',
          data: byQuad[q],
          backgroundColor: quadColor[q] || '#8a94a0',
          borderColor: '#ffffff',
          borderWidth: 1,
          pointRadius: 6,
          pointHoverRadius: 8
        };
      });
      // The dyad relation index through time: the running mean Goldstein
      // score of the most active dyads, as lines over the events.
      var trendColors = ['#1d3557', '#6a4c93', '#2a9d8f'];
      (viz.trends || []).forEach(function (tr, i) {
        datasets.push({
          type: 'line',
          label: 'Index: ' + tr.label,
          data: tr.points.map(function (p) { return { x: p.t, y: p.y }; }),
          borderColor: trendColors[i % trendColors.length],
          backgroundColor: trendColors[i % trendColors.length],
          borderWidth: 2,
          borderDash: [5, 3],
          pointRadius: 2,
          stepped: false,
          tension: 0
        });
      });
      var xs = viz.timeline.map(function (p) { return p.t; });
      var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs);
      var day = 86400000;
      var pad = Math.max((hi - lo) * 0.05, day * 3);
      // Ticks on whole days, at most five of them.
      var step = Math.max(1, Math.ceil((hi - lo + 2 * pad) / day / 4)) * day;
      new Chart(tl, {
        type: 'scatter',
        data: { datasets: datasets },
        options: {
          maintainAspectRatio: false,
          scales: {
            x: { type: 'linear', min: lo - pad, max: hi + pad, ticks: { callback: isoDay, stepSize: step, maxRotation: 0, autoSkipPadding: 16 }, grid: { color: '#eef1f4' } },
            y: { min: -10, max: 10, title: { display: true, text: 'Goldstein' }, grid: { color: function (c) { return c.tick.value === 0 ? '#9aa4ae' : '#eef1f4'; } } }
          },
          plugins: {
            legend: { position: 'bottom', labels: { boxWidth: 10, usePointStyle: true } },
            tooltip: {
              callbacks: {
                label: function (c) {
                  var p = c.raw.p;
                  if (!p) {
                    return c.dataset.label + ': ' + c.raw.y + ' on ' + isoDay(c.raw.x);
                  }
                  return p.date + '  ' + p.source + ' → ' + p.target + ': ' + p.label + ' (' + p.y + ')';
                }
              }
            }
          },
          onClick: function (ev, els) {
            var p = els.length && els[0].element.$context.raw.p;
            if (p) {
              highlight(p.sentence);
            }
          }
        }
      });
    }

    var dy = document.getElementById('dyads');
    if (dy && viz.dyads && viz.dyads.length) {
      var top = viz.dyads.slice(0, 12);
      new Chart(dy, {
        type: 'bar',
        data: {
          // Two lines a label, so that long names fit beside the bars.
          labels: top.map(function (d) { return [short(d.source) + ' →', short(d.target) + ' (' + d.count + ')']; }),
          datasets: [{
            label: 'Mean Goldstein',
            data: top.map(function (d) { return d.mean; }),
            backgroundColor: top.map(function (d) { return goldsteinColor(d.mean); }),
            borderRadius: 3
          }]
        },
        options: {
          indexAxis: 'y',
          layout: { padding: { left: 8 } },
          maintainAspectRatio: false,
          scales: {
            x: { min: -10, max: 10, grid: { color: function (c) { return c.tick.value === 0 ? '#9aa4ae' : '#eef1f4'; } } },
            y: { grid: { display: false }, ticks: { autoSkip: false } }
          },
          plugins: { legend: { display: false } }
        }
      });
    }
  }

  var net = document.getElementById('network');
  if (net && window.cytoscape && viz.nodes && viz.nodes.length) {
    var typeColor = { person: '#2a6f97', organization: '#6a4c93', location: '#2a9d8f', other: '#8a94a0' };
    var maxMentions = 1, maxCount = 1;
    viz.nodes.forEach(function (n) { maxMentions = Math.max(maxMentions, n.mentions || 1); });
    (viz.edges || []).forEach(function (e) { maxCount = Math.max(maxCount, e.count); });
    var elements = viz.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, color: typeColor[n.type] || typeColor.other, size: 18 + 36 * Math.sqrt((n.mentions || 1) / maxMentions) } };
    }).concat((viz.edges || []).map(function (e) {
      return { data: { id: e.id, source: e.source, target: e.target, label: e.count + ' · ' + (e.mean > 0 ? '+' : '') + e.mean.toFixed(1), color: goldsteinColor(e.mean), width: 1.5 + 5 * e.count / maxCount } };
    }));
    cytoscape({
      container: net,
      elements: elements,
      // The page scrolls over the graph rather than zooming it.
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 110, 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#424a53', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1 } }
      ],
      // A few actors on a circle; more in concentric rings by mentions,
      // the main actors in the middle. Both are deterministic, so the same
      // report always draws the same graph.
      layout: viz.nodes.length <= 8 ? {
        name: 'circle', fit: true, padding: 40, animate: false,
        avoidOverlap: true, nodeDimensionsIncludeLabels: true, startAngle: -Math.PI / 2
      } : {
        name: 'concentric', fit: true, padding: 30, animate: false,
        minNodeSpacing: 36, nodeDimensionsIncludeLabels: true, avoidOverlap: true,
        concentric: function (n) { return n.data('size'); },
        levelWidth: function () { return 12; }
      }
    });
  }
})();
