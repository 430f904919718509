// Page glue linked into app.js with --post-js: the CSV, receipt and recorded log file inputs (read
// in the page and handed to the app as bytes, never uploaded) and the test hook window.bailiffTest.
(function() {
  var input = document.getElementById('csv-input');
  if (input) {
    input.addEventListener('change', function() {
      var file = input.files && input.files[0];
      if (!file) return;
      file.arrayBuffer().then(function(buffer) {
        hand_over('bailiff_csv_opened', buffer, file.name);
        input.value = '';
      });
    });
  }
  // The bytes of a picked file go to the app through its heap (copied there, then freed).
  function hand_over(exported, buffer, name) {
    var bytes = new Uint8Array(buffer);
    var at = Module._malloc(Math.max(bytes.length, 1));
    try {
      HEAPU8.set(bytes, at);
      Module.ccall(exported, null, ['number', 'number', 'string'], [at, bytes.length, name]);
    } finally {
      Module._free(at);
    }
  }
  var receipts = document.getElementById('receipt-input');
  if (receipts) {
    receipts.addEventListener('change', function() {
      var files = Array.prototype.slice.call(receipts.files || []);
      receipts.value = '';
      files.reduce(function(done, file) {
        return done.then(function() { return file.arrayBuffer(); }).then(function(buffer) {
          hand_over('bailiff_receipt_opened', buffer, file.name);
        });
      }, Promise.resolve());
    });
  }
  var records = document.getElementById('records-input');
  if (records) {
    records.addEventListener('change', function() {
      var file = records.files && records.files[0];
      if (!file) return;
      file.arrayBuffer().then(function(buffer) {
        hand_over('bailiff_records_opened', buffer, file.name);
        records.value = '';
      });
    });
  }
  function call(name, args) {
    var types = (args || []).map(function() { return 'string'; });
    return Module.ccall(name, 'string', types, args || []);
  }
  // The page draws only after an event (or while a run is going): every input wakes it.
  function wake() { if (Module.calledRun) Module.ccall('bailiff_wake', null, [], []); }
  // Leaving the canvas too: the frame drawn then hides a tooltip or readout left behind.
  ['mousemove', 'mousedown', 'mouseup', 'mouseout', 'wheel', 'keydown', 'keyup', 'keypress', 'touchstart', 'touchmove',
   'touchend', 'focus', 'blur', 'resize'].forEach(function(type) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  });
  // The mouse leaving the canvas: the app sees no mouse until it comes back (a tooltip or
  // readout left behind goes at once).
  var canvas = document.getElementById('canvas');
  if (canvas) {
    // Keyboard first: the page takes the keys on load (Tab then walks its controls, keyboard.hpp).
    canvas.focus({ preventScroll: true });
    ['mouseleave', 'mouseenter'].forEach(function(type) {
      canvas.addEventListener(type, function() {
        if (Module.calledRun) Module.ccall('bailiff_mouse_outside', null, ['number'], [type === 'mouseleave' ? 1 : 0]);
      });
    });
  }
  // A finger sliding on the canvas scrolls what is under it (web/src/scrolling.hpp). While it
  // slides, the app sees no mouse, so lifting the finger clicks nothing; the next touch brings
  // the mouse back.
  if (canvas) {
    var touchY = null, sliding = false;
    canvas.addEventListener('touchstart', function(e) {
      touchY = e.touches.length === 1 ? e.touches[0].clientY : null;
      sliding = false;
      if (Module.calledRun) Module.ccall('bailiff_mouse_outside', null, ['number'], [0]);
    }, { passive: true });
    canvas.addEventListener('touchmove', function(e) {
      if (touchY === null || e.touches.length !== 1 || !Module.calledRun) return;
      var y = e.touches[0].clientY;
      if (!sliding && Math.abs(touchY - y) < 8) return;
      if (!sliding) Module.ccall('bailiff_mouse_outside', null, ['number'], [1]);
      sliding = true;
      Module.ccall('bailiff_scroll', null, ['number'], [touchY - y]);
      touchY = y;
      e.preventDefault();
    }, { passive: false });
  }
  // Back and Forward walk the scenarios run (each run pushed its hash).
  window.addEventListener('popstate', function() {
    if (Module.calledRun) Module.ccall('bailiff_popstate', null, ['string'], [window.location.hash.substring(1)]);
  });
  // The headline and key figures as HTML text, from the app's JSON (textContent only).
  window.bailiffShowText = function(t) {
    var strip = document.getElementById('summary');
    if (!strip) return;
    strip.lang = t.lang;
    // "exact" (the preview at one draw), "exact_ensemble" (every draw) or "monte_carlo".
    strip.dataset.method = t.method || '';
    document.getElementById('headline').textContent = t.headline;
    document.getElementById('scope').textContent = t.scope || '';
    var note = document.getElementById('stale-note');
    note.textContent = t.note || '';
    note.hidden = !t.note;
    var table = document.getElementById('key-figures');
    table.replaceChildren();
    // The Ministry's formula: a line of its own under the table, never a row beside the saving.
    var official = document.getElementById('official-line');
    official.hidden = !t.official;
    official.textContent = t.official ? t.official.text : '';
    if (t.official) {
      official.dataset.value = String(t.official.value);
      official.dataset.b = String(t.official.b_value);
    }
    if (!t.rows) return;
    table.createCaption().textContent = t.title;
    var head = table.createTHead().insertRow();
    t.columns.forEach(function(c, i) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = c;
      if (t.column_titles && t.column_titles[i]) th.title = t.column_titles[i];  // ids on hover
      head.appendChild(th);
    });
    var body = table.createTBody();
    t.rows.forEach(function(r) {
      var row = body.insertRow();
      row.dataset.key = r.key;
      row.dataset.value = String(r.value);
      if (r.b_value !== undefined) row.dataset.b = String(r.b_value);
      r.cells.forEach(function(c, i) {
        var cell = i === 0 ? document.createElement('th') : document.createElement('td');
        if (i === 0) cell.scope = 'row';
        else cell.dataset.column = t.columns[i];  // named on a narrow page, where the heads are hidden
        cell.textContent = c;
        row.appendChild(cell);
      });
    });
  };
  // The one-page brief (web/src/brief.cpp) from the app's JSON and the charts' PNG data URLs,
  // built with textContent only; resolves once its images are decoded (then data-ready is set).
  window.bailiffShowBrief = function(b, charts) {
    var brief = document.getElementById('brief');
    brief.lang = b.lang;
    delete brief.dataset.ready;
    brief.replaceChildren();
    function add(parent, tag, text, id) {
      var e = document.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (id) e.id = id;
      parent.appendChild(e);
      return e;
    }
    function list(parent, part, id) {
      if (!part.items.length) return;
      add(parent, 'h3', part.title);
      var ul = add(parent, 'ul', undefined, id);
      part.items.forEach(function(item) { add(ul, 'li', item); });
    }
    add(brief, 'h1', b.title);
    add(brief, 'p', b.subtitle, 'brief-subtitle');
    if (b.note) add(brief, 'p', b.note, 'brief-note');
    add(brief, 'p', b.headline, 'brief-headline');
    var table = add(brief, 'table', undefined, 'brief-figures');
    table.createCaption().textContent = b.figures.title;
    var head = table.createTHead().insertRow();
    b.figures.columns.forEach(function(c) { add(head, 'th', c).scope = 'col'; });
    var body = table.createTBody();
    b.figures.rows.forEach(function(r) {
      var row = body.insertRow();
      row.dataset.key = r.key;
      row.dataset.value = String(r.value);
      if (r.b_value !== undefined) row.dataset.b = String(r.b_value);
      r.cells.forEach(function(c, i) {
        var cell = add(row, i === 0 ? 'th' : 'td', c);
        if (i === 0) cell.scope = 'row';
      });
    });
    if (b.figures.official) add(brief, 'p', b.figures.official.text, 'brief-official').dataset.value = String(b.figures.official.value);
    var figures = add(brief, 'div', undefined, 'brief-charts');
    var decoded = b.charts.filter(function(c) { return charts[c.name]; }).map(function(c) {
      var img = add(figures, 'img');
      img.className = 'brief-chart-' + c.name;
      img.alt = c.alt;
      img.src = charts[c.name];
      return img.decode();
    });
    list(brief, b.assumptions, 'brief-assumptions');
    add(brief, 'h2', b.sources);
    list(brief, b.legal, 'brief-legal');
    list(brief, b.published, 'brief-published');
    add(brief, 'h3', b.roots.title);
    var roots = add(brief, 'dl', undefined, 'brief-roots');
    b.roots.items.forEach(function(r) {
      add(roots, 'dt', r.label);
      add(roots, 'dd', r.root);
    });
    return Promise.all(decoded).then(function() { brief.dataset.ready = '1'; });
  };
  window.bailiffTest = {
    ready: function() { return !!(Module.calledRun && window.bailiffNetworkLocked && Module.bailiffPool.settled); },
    state: function() { return JSON.parse(call('bailiff_test_state')); },
    preview: function() { return JSON.parse(call('bailiff_test_preview')); },
    figures: function() { return call('bailiff_test_figures'); },
    terms: function() { return JSON.parse(call('bailiff_test_terms')); },
    explain: function(which, caseId) { return JSON.parse(call('bailiff_test_explain', [which, caseId])); },
    setParam: function(doc, pointer, value) { return call('bailiff_test_set_param', [doc, pointer, JSON.stringify(value)]); },
    doc: function(which) { return call('bailiff_test_doc', [which]); },
    set: function(key, value) { return call('bailiff_test_set', [key, String(value)]); },
    run: function() { Module.ccall('bailiff_test_run', null, [], []); },
    label: function(key) { return call('bailiff_test_label', [key]); },
    exportAs: function(kind) { return call('bailiff_test_export', [kind]); },
    brief: function() { Module.ccall('bailiff_test_brief', null, [], []); },
    save: function(name) { return call('bailiff_test_save', [name || '']); },
    saved: function() { return JSON.parse(call('bailiff_test_saved')); },
    removeSaved: function(index) { Module.ccall('bailiff_test_remove_saved', null, ['number'], [index]); }
  };
})();
window.bailiffTest.missingGlyphs = function(text) {
  return Module.ccall('bailiff_test_missing_glyphs', 'number', ['string'], [text]);
};
