// Consult review queue: keyboard shortcuts, auto-refresh, live reply preview.
// Loaded from our own origin only (the Content-Security-Policy allows nothing inline).
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }

  // ---- queue page -----------------------------------------------------------------------
  function initQueue(live) {
    var selectedId = sessionStorage.getItem("consult.selected") || "";

    function rows() { return Array.prototype.slice.call(live.querySelectorAll("tbody tr[data-id]")); }

    function select(row, scroll) {
      rows().forEach(function (r) { r.classList.remove("selected"); });
      if (!row) return;
      row.classList.add("selected");
      selectedId = row.getAttribute("data-id");
      sessionStorage.setItem("consult.selected", selectedId);
      if (scroll) row.scrollIntoView({ block: "nearest" });
    }

    function current() {
      return live.querySelector("tbody tr[data-id='" + selectedId + "']");
    }

    function restore() {
      var row = current();
      if (row) select(row, false);
    }

    function move(step) {
      var all = rows();
      if (!all.length) return;
      var i = all.indexOf(current());
      var next = i < 0 ? all[0] : all[Math.max(0, Math.min(all.length - 1, i + step))];
      select(next, true);
    }

    live.addEventListener("click", function (e) {
      var row = e.target.closest("tr[data-id]");
      if (row && e.target.tagName !== "A") select(row, false);
    });

    document.addEventListener("keydown", function (e) {
      if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
      var row = current();
      if (e.key === "j") { move(1); e.preventDefault(); }
      else if (e.key === "k") { move(-1); e.preventDefault(); }
      else if (e.key === "Enter" && row) { location.href = row.getAttribute("data-href"); }
      else if (e.key === "e" && row) { location.href = row.getAttribute("data-href") + "#edit"; }
      else if (e.key === "/") { var s = document.querySelector("input[name=sender]"); if (s) { s.focus(); e.preventDefault(); } }
    });

    // Refresh the list in place: the selection, scroll position and filters stay as they are.
    var seconds = parseInt(live.getAttribute("data-refresh") || "0", 10);
    function refresh() {
      if (document.hidden || typing({ target: document.activeElement })) return;
      var url = location.pathname + location.search + (location.search ? "&" : "?") + "fragment=1";
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (r) {
          if (r.redirected || !r.ok) throw new Error("refresh " + r.status);
          return r.text();
        })
        .then(function (html) {
          var y = window.scrollY;
          live.innerHTML = html;
          restore();
          window.scrollTo(0, y);
          live.setAttribute("data-refreshed", String(Date.now()));
        })
        .catch(function () { /* signed out or offline: the next full load shows why */ });
    }
    if (seconds > 0) setInterval(refresh, seconds * 1000);
    live.refreshNow = refresh;
    restore();
  }

  // ---- case page ------------------------------------------------------------------------
  function initCase(head) {
    var editor = document.getElementById("editor");
    var approveForm = document.getElementById("approve-form");
    var previewForm = document.getElementById("preview-form");
    var previewText = document.getElementById("preview-text");
    var itemId = head.getAttribute("data-item");
    var armed = null;
    var timer = null;

    function preview() {
      if (!editor || !previewForm) return;
      previewText.value = editor.value;
      previewForm.submit();
    }

    if (editor) {
      editor.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(preview, 350);
      });
      if (location.hash === "#edit") { editor.focus(); }
    }

    Array.prototype.forEach.call(document.querySelectorAll("button.insert"), function (button) {
      button.addEventListener("click", function () {
        if (!editor || editor.readOnly) return;
        var text = button.getAttribute("data-passage");
        var start = editor.selectionStart, end = editor.selectionEnd, v = editor.value;
        var before = v.slice(0, start), after = v.slice(end);
        var glue = before && !/\n\n$/.test(before) ? "\n\n" : "";
        editor.value = before + glue + text + "\n\n" + after.replace(/^\n+/, "");
        editor.focus();
        var caret = (before + glue + text).length;
        editor.setSelectionRange(caret, caret);
        preview();
      });
    });

    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && document.activeElement === editor) { editor.blur(); return; }
      if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === "e" && editor && !editor.readOnly) { editor.focus(); e.preventDefault(); }
      else if (e.key === "c") { var c = document.getElementById("claim"); if (c) c.click(); }
      else if (e.key === "u") { location.href = "/"; }
      else if (e.key === "a" && approveForm && document.getElementById("approve")) {
        // Two presses within two seconds: one stray key never sends a reply.
        if (armed) { clearTimeout(armed); approveForm.requestSubmit(document.getElementById("approve")); return; }
        approveForm.classList.add("armed");
        var hint = document.getElementById("approve-hint");
        if (hint) hint.textContent = "Press a again to approve and send.";
        armed = setTimeout(function () { armed = null; approveForm.classList.remove("armed"); }, 2000);
      }
    });

    // Show who holds the case as it changes, without reloading (the editor keeps its text).
    var lock = document.getElementById("lock");
    setInterval(function () {
      if (document.hidden) return;
      fetch("/api/items/" + itemId, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (item) {
          if (!item || !lock) return;
          var me = head.getAttribute("data-me");
          if (item.state !== head.getAttribute("data-state") || item.claimed_by !== head.getAttribute("data-holder")) {
            lock.className = "lock lock-other";
            lock.textContent = item.state === "claimed"
              ? (item.claimed_by === me ? "You hold this case." : item.claimed_by + " holds this case now. Reload before acting.")
              : "This case is now " + item.state + ". Reload before acting.";
          }
        })
        .catch(function () {});
    }, 15000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var live = document.getElementById("queue-live");
    if (live) initQueue(live);
    var head = document.getElementById("case");
    if (head) initCase(head);
  });
})();
