// An assessment's countdown: the server says how many seconds are left when it renders the
// page; this counts them down and marks the timer "over" at zero. The server decides: a
// submission after its time is refused there, whatever this page shows.
(function () {
  "use strict";
  var timer = document.getElementById("countdown");
  if (!timer) { return; }
  var end = Date.now() + parseFloat(timer.dataset.remaining) * 1000;
  var clock = timer.querySelector(".clock");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function shown(ms) {
    var s = Math.ceil(ms / 1000);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    return h ? h + ":" + pad(m) + ":" + pad(r) : m + ":" + pad(r);
  }
  function tick() {
    var left = end - Date.now();
    if (left <= 0) {
      clock.textContent = "0:00";
      timer.dataset.state = "over";
      return;
    }
    clock.textContent = shown(left);
    setTimeout(tick, Math.min(250, left));
  }
  tick();

  // Handing in early stops the clock on the server; the page then shows it as over.
  var handIn = document.getElementById("hand-in");
  if (handIn) {
    handIn.addEventListener("click", function () {
      if (!window.confirm("Hand in now? You cannot submit anything after this.")) { return; }
      fetch(handIn.dataset.url, { method: "POST" }).then(function () { window.location.reload(); });
    });
  }
})();
