// The problem page (editor, Run, Submit) and live results on any page with a result panel.
// Results are HTML fragments rendered by the server; this script only fetches and swaps them.
(function () {
  "use strict";
  var $ = function (sel) { return document.querySelector(sel); };

  // Fetch the fragment at `url` into `panel` until the submission is done.
  function follow(panel, url, done) {
    var delay = 200;
    function tick() {
      fetch(url, { cache: "no-store" }).then(function (res) {
        if (res.status === 404) { if (done) { done(null); } return null; }  // gone: stop asking
        if (!res.ok) { throw new Error("HTTP " + res.status); }
        return res.text();
      }).then(function (html) {
        if (html === null) { return; }
        panel.innerHTML = html;
        var root = panel.querySelector(".result");
        if (root && root.dataset.status === "done") { if (done) { done(root); } return; }
        delay = Math.min(delay * 1.3, 1000);
        setTimeout(tick, delay);
      }).catch(function () { setTimeout(tick, 2000); });  // server restarting: keep trying
    }
    tick();
  }

  document.querySelectorAll("[data-poll]").forEach(function (panel) {
    follow(panel, panel.dataset.poll);
  });

  var dataNode = $("#problem-data");
  if (!dataNode) { return; }
  var problem = JSON.parse(dataNode.textContent);
  var draftKey = "judge:code:" + problem.slug;
  // An SQL problem takes pandas too: the picker switches language, each with its own
  // starter and draft (the problem's own language keeps the draft key it always had).
  var languagePick = $("#language");
  var languageKey = "judge:language:" + problem.slug;
  var language = problem.language;
  function starter() { return (problem.starters && problem.starters[language]) || problem.starter; }
  function codeKey() { return language === problem.language ? draftKey : draftKey + ":" + language; }
  var dialect = $("#dialect");
  var statusLine = $("#status");
  var panel = $("#result");
  var buttons = [$("#run"), $("#submit")];

  // A `-- dialect: NAME` line near the top names the dialect, as for `judge run`: the
  // picker follows it so that what is sent matches what the code says.
  function headerDialect(text) {
    var lines = text.split("\n", 5);
    for (var i = 0; i < lines.length; i++) {
      var m = /^\s*--\s*dialect:\s*([A-Za-z]+)/i.exec(lines[i]);
      if (m) { return m[1].toLowerCase(); }
    }
    return null;
  }
  function followHeader(text) {
    var named = dialect && language === "sql" && headerDialect(text);
    if (!named || named === dialect.value || !dialect.querySelector('option[value="' + named + '"]')) { return; }
    dialect.value = named;
    setTimeout(function () { editor.setDialect(named); }, 0);  // not inside an editor update
  }
  function changed(text) { save(text); followHeader(text); }

  function load(key) { try { return localStorage.getItem(key || codeKey()); } catch (e) { return null; } }
  function save(text, key) { try { localStorage.setItem(key || codeKey(), text); } catch (e) { /* private mode */ } }
  if (languagePick) {
    var kept = load(languageKey);
    if (kept && problem.starters && problem.starters[kept] !== undefined) { language = kept; }
    languagePick.value = language;
  }
  var lastKey = "judge:last:" + problem.slug;  // the page of the last result, shown again on reload

  // Shortcut labels as this keyboard has them (CodeMirror's Mod is Cmd on a Mac).
  if (/Mac|iPhone|iPad/.test(navigator.platform || "")) {
    document.querySelectorAll("kbd.mod").forEach(function (k) { k.textContent = "⌘"; });
  }

  var fallback = $("#code-fallback");
  var editor;
  function mount() {
    editor = window.JudgeEditor.create($("#editor"), {
      doc: load() || starter(),
      language: language === "pandas" ? "python" : language,
      dialect: dialect ? dialect.value : null,
      onRun: function () { send("run"); },
      onSubmit: function () { send("submit"); },
      onChange: changed,
    });
  }
  if (window.JudgeEditor) {
    fallback.remove();
    mount();
  } else {  // the bundle did not load: a plain text area still works
    fallback.value = load() || starter();
    editor = {
      getValue: function () { return fallback.value; },
      setValue: function (v) { fallback.value = v; },
      setDialect: function () {},
    };
  }
  function showDialect() {
    var label = $("#dialect-label");
    if (label) { label.hidden = language !== "sql"; }
  }
  showDialect();
  if (languagePick) {
    languagePick.addEventListener("change", function () {
      save(editor.getValue());
      language = languagePick.value;
      save(language, languageKey);
      if (editor.view) { editor.view.destroy(); mount(); } else { editor.setValue(load() || starter()); }
      showDialect();
    });
  }
  if (dialect) {
    dialect.addEventListener("change", function () { editor.setDialect(dialect.value); });
    fallback.addEventListener("input", function () { changed(fallback.value); });
    followHeader(editor.getValue());
  }
  $("#reset").addEventListener("click", function () {
    var code = editor.getValue();
    if (code !== starter() && !window.confirm("Discard your code and restore the starter code?")) { return; }
    editor.setValue(starter());
    changed(starter());
  });
  $("#run").addEventListener("click", function () { send("run"); });
  $("#submit").addEventListener("click", function () { send("submit"); });

  function busy(on) { buttons.forEach(function (b) { b.disabled = on; }); }

  function showing(accepted, what) {
    statusLine.innerHTML = "";
    statusLine.className = "status";
    var link = document.createElement("a");
    link.href = accepted.page;
    link.textContent = "permalink";
    statusLine.append(what + " " + accepted.id + " · ", link);
  }

  // The last result of this problem in this browser stays on the page across reloads.
  var last = load(lastKey);
  if (last && /^\/submissions\/[\w-]+$/.test(last)) {
    showing({ page: last, id: last.split("/").pop() }, "Last result:");
    busy(true);
    follow(panel, last + "/result", function (root) {
      busy(false);
      if (!root) { panel.innerHTML = ""; statusLine.textContent = ""; save("", lastKey); }
    });
  }

  function message(body) {
    var detail = body && body.detail;
    if (Array.isArray(detail)) { return detail.map(function (d) { return d.msg; }).join("; "); }
    return detail || "the server refused the submission";
  }

  function send(mode) {
    if (buttons[0].disabled) { return; }
    busy(true);
    panel.innerHTML = "";  // the previous result must not pass for this one's
    statusLine.textContent = mode === "run" ? "Running the sample tests…" : "Submitting…";
    statusLine.className = "status";
    var runAll = document.getElementById("run-all");
    if (mode === "submit" && runAll && runAll.checked) { mode = "all"; }
    var body = { problem: problem.slug, code: editor.getValue(), language: language, mode: mode };
    var custom = document.getElementById("custom");
    if (mode === "run" && custom && custom.open) {  // custom input: these cases, not the samples
      body.cases = $("#custom-input").value.split("\n").filter(function (l) { return l.trim(); });
      body.mode = "custom";
      statusLine.textContent = "Running your custom input…";
    }
    if (dialect && language === "sql") { body.dialect = dialect.value; }
    fetch("/api/submissions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (json) {
        if (res.status !== 202) {
          var retry = res.headers.get("Retry-After");
          throw new Error(message(json) + (retry ? " (try again in " + retry + " s)" : ""));
        }
        return json;
      });
    }).then(function (accepted) {
      save(accepted.page, lastKey);
      showing(accepted, mode === "run" ? "Run" : "Submission");
      follow(panel, accepted.page + "/result", function () { busy(false); });
    }).catch(function (err) {
      statusLine.textContent = err.message;
      statusLine.className = "status error";
      busy(false);
    });
  }
})();
