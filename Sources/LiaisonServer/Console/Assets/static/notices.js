// Liaison console: the compliance check of a notice draft as the operator types. A moment after
// the last keystroke the form (without its photo) is posted to /notices/compliance-check, which
// runs the same check as the API, and the findings replace those in the live region. Text is set
// with textContent only, never parsed as HTML.
"use strict";

(function () {
  const form = document.getElementById("notice-form");
  const region = document.getElementById("notice-check");
  if (!form || !region || !window.fetch) return;

  let timer = null;
  let latest = 0;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(report) {
    const problems = element("ul", "problems");
    report.problems.forEach(function (problem) {
      const item = element("li");
      item.append(element("span", "mono", problem.field), " — " + problem.detail);
      problems.appendChild(item);
    });
    const findings = element("ul", "findings");
    report.findings.forEach(function (finding) {
      const item = element("li", "finding " + finding.severity);
      const evidence = element("p", "evidence");
      evidence.append(element("span", "mono", finding.field), ": " + finding.evidence);
      item.append(element("strong", null, finding.rule), " ", element("span", "severity", finding.severityLabel), " ",
        element("span", "mono code", finding.code), element("p", null, finding.explanation), evidence);
      findings.appendChild(item);
    });
    const parts = [problems, findings];
    if (report.findings.length === 0) parts.push(element("p", "empty no-findings", region.dataset.noFindings));
    region.replaceChildren.apply(region, parts);
  }

  function check() {
    const body = new FormData(form);
    body.delete("photo");
    const asked = ++latest;
    fetch(form.dataset.check, { method: "POST", body: body, headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (report) { if (report && asked === latest) show(report); })
      .catch(function () { /* the findings stay as they were; saving checks again */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }

  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
