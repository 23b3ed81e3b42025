// Liaison console: the countdowns of requests for assistance. Every minute each <time data-due>
// is worded again from its due time, with the strings the server used (data-request-* on the
// enclosing .countdowns), and marked overdue once the due time has passed. Without this script
// the server's text stays correct as of the page's loading.
"use strict";

(function () {
  const holder = document.querySelector(".countdowns");
  if (!holder) return;
  const words = holder.dataset;
  const number = new Intl.NumberFormat(document.documentElement.lang);

  function unit(template, count) {
    return template.replace("{n}", number.format(count));
  }

  function wording(minutesLeft) {
    const left = Math.abs(minutesLeft);
    const days = Math.floor(left / 1440), hours = Math.floor((left % 1440) / 60), minutes = left % 60;
    let time;
    if (days > 0) time = unit(words.requestDays, days) + " " + unit(words.requestHours, hours);
    else if (hours > 0) time = unit(words.requestHours, hours) + " " + unit(words.requestMinutes, minutes);
    else time = unit(words.requestMinutes, minutes);
    return (minutesLeft < 0 ? words.requestOverdueBy : words.requestDueIn).replace("{time}", time);
  }

  function tick() {
    const now = Date.now();
    for (const clock of document.querySelectorAll("time[data-due]")) {
      const minutesLeft = Math.floor((Date.parse(clock.dataset.due) - now) / 60000);
      clock.textContent = wording(minutesLeft);
      clock.classList.toggle("overdue", minutesLeft < 0);
    }
  }

  tick();
  setInterval(tick, 60000);
})();
