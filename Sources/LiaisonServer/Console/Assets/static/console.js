// Liaison console: live updates. The inbox subscribes to the agency's event stream (the
// session cookie authenticates it) and adds each new message at the top without a reload.
// Text is set with textContent only, never parsed as HTML.
"use strict";

(function () {
  const inbox = document.querySelector("[data-events-after]");
  if (!inbox || !window.EventSource) return;

  const rows = inbox.querySelector("#inbox-table tbody");
  const unread = document.getElementById("unread-count");
  const status = document.getElementById("live-status");
  const source = new EventSource("/console/events?after=" + encodeURIComponent(inbox.dataset.eventsAfter));

  function cell(text) {
    const td = document.createElement("td");
    td.textContent = text;
    return td;
  }

  source.addEventListener("message.received", function (event) {
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
})();
