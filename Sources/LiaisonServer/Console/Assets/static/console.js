// Liaison console: live updates from the agency's event stream (the session cookie
// authenticates it). The inbox adds each new message at the top without a reload; the
// dashboard fetches its counts again when an event changes one. Text is set with textContent
// only, never parsed as HTML.
"use strict";

(function () {
  // Calls `handle(event)` for each event of the given types after the page's event id.
  function listen(after, types, handle) {
    if (!window.EventSource) return;
    const source = new EventSource("/console/events?after=" + encodeURIComponent(after));
    types.forEach(function (type) { source.addEventListener(type, handle); });
  }

  function cell(text) {
    const td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  const inbox = document.querySelector(".inbox[data-events-after]");
  if (inbox) {
    const rows = inbox.querySelector("#inbox-table tbody");
    const unread = document.getElementById("unread-count");
    const status = document.getElementById("live-status");
    listen(inbox.dataset.eventsAfter, ["message.received"], function (event) {
      const data = JSON.parse(event.data).data;
      const row = document.createElement("tr");
      row.className = "unread fresh";
      const subject = document.createElement("td");
      const link = document.createElement("a");
      link.href = "/messages/" + encodeURIComponent(data.message);
      link.textContent = data.subject;
      subject.appendChild(link);
      row.append(subject, cell(data.from), cell(data.priority), cell(new Date().toLocaleString(document.documentElement.lang)));
      rows.prepend(row);
      const empty = document.getElementById("inbox-empty");
      if (empty) empty.remove();
      const count = parseInt(unread.dataset.count || "0", 10) + 1;
      unread.dataset.count = String(count);
      unread.textContent = count.toLocaleString(document.documentElement.lang);
      status.textContent = inbox.dataset.newMessage + ": " + data.subject;
    });
  }

  const dashboard = document.querySelector("[data-live-counts]");
  if (dashboard) {
    const changing = ["message.received", "message.receipt", "record.hit", "notice.submitted", "notice.under-review",
      "notice.published", "notice.refused", "notice.information-requested", "request.received", "request.updated",
      "request.overdue"];
    let pending = null;
    function refresh() {
      pending = null;
      fetch("/console/dashboard/counts", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (counts) {
          Object.keys(counts).forEach(function (id) {
            const shown = dashboard.querySelector('[data-count-of="' + id + '"]');
            if (!shown || shown.textContent === counts[id]) return;
            shown.textContent = counts[id];
            shown.classList.remove("changed");
            void shown.offsetWidth; // restart the highlight
            shown.classList.add("changed");
          });
        });
    }
    // Several events in a burst cost one fetch.
    listen(dashboard.dataset.eventsAfter, changing, function () {
      if (!pending) pending = setTimeout(refresh, 300);
    });
  }
})();
