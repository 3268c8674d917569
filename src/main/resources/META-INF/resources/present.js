// Projector page, with JavaScript: fetch the counts every 3 s (without it, a <noscript> meta refresh reloads the page).
(function () {
  var main = document.querySelector('main[data-counts]');
  if (!main || !window.fetch) {
    return;
  }
  function update() {
    fetch(main.getAttribute('data-counts'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) {
        if (c) {
          document.getElementById('joined').textContent = c.joined;
          document.getElementById('finished').textContent = c.finished;
        }
      })
      .catch(function () { /* keep the last numbers; the next tick tries again */ });
  }
  setInterval(update, 3000);
})();
