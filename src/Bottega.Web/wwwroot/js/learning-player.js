// Reports a learner's progress on a learning object: time spent, the share of a video watched.
// Progress only moves forward on the server, so a lost or repeated report does no harm.
(function () {
  "use strict";
  var player = document.getElementById("player");
  if (!player) { return; }
  var url = player.getAttribute("data-progress-url");
  var tokenInput = document.querySelector("input[name='__RequestVerificationToken']");
  var status = document.getElementById("player-status");
  var lastReport = Date.now();

  function elapsedSeconds() {
    var now = Date.now();
    var seconds = Math.round((now - lastReport) / 1000);
    lastReport = now;
    return seconds;
  }

  function report(signal, share) {
    if (!tokenInput) { return; }
    var body = new URLSearchParams();
    body.set("signal", signal);
    body.set("share", String(share || 0));
    body.set("seconds", String(elapsedSeconds()));
    body.set("__RequestVerificationToken", tokenInput.value);
    return fetch(url, { method: "POST", body: body, credentials: "same-origin", keepalive: true })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (result && result.completed && status) {
          status.textContent = document.documentElement.lang === "en" ? "Completed." : "Completato.";
        }
      })
      .catch(function () { /* the next report carries the progress */ });
  }

  // Forms that complete an object send the time spent with them.
  document.querySelectorAll("form.player-acknowledge").forEach(function (form) {
    form.addEventListener("submit", function () {
      var field = form.querySelector(".player-seconds");
      if (field) { field.value = String(elapsedSeconds()); }
    });
  });

  var video = document.getElementById("player-video");
  if (video) {
    var watched = new Set();
    var lastSent = 0;
    video.addEventListener("timeupdate", function () {
      if (!video.paused && !video.seeking) { watched.add(Math.floor(video.currentTime)); }
      if (video.duration && Date.now() - lastSent > 10000) { lastSent = Date.now(); report("Watched", watched.size / Math.ceil(video.duration)); }
    });
    ["pause", "ended"].forEach(function (name) {
      video.addEventListener(name, function () {
        if (video.duration) { report("Watched", watched.size / Math.ceil(video.duration)); }
      });
    });
  } else if (tokenInput) {
    report("Viewed", 0);
  }

  setInterval(function () { if (!document.hidden) { report("Viewed", 0); } }, 60000);
})();
