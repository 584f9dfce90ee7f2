// unspun pages: progressive enhancement only; every page works without this file except these extras.
(function () {
  'use strict';
  // Linked passages: hovering or clicking one side outlines its counterpart on the other side.
  function mark(id, on) {
    document.querySelectorAll('.al[data-al="' + id + '"]').forEach(function (x) { x.classList.toggle('hot', on); });
  }
  document.querySelectorAll('.al[data-al]').forEach(function (el) {
    el.addEventListener('mouseenter', function () { mark(el.dataset.al, true); });
    el.addEventListener('mouseleave', function () { mark(el.dataset.al, false); });
    el.addEventListener('click', function () {
      var other = document.querySelector('.col:not(#' + el.closest('.col').id + ') .al[data-al="' + el.dataset.al + '"]');
      document.querySelectorAll('.hot').forEach(function (x) { x.classList.remove('hot'); });
      mark(el.dataset.al, true);
      if (other) other.scrollIntoView({block: 'center', behavior: 'smooth'});
    });
  });

  // Add page: the progress bar follows the background job without reloading the page.
  var job = document.getElementById('job');
  if (job && job.dataset.running === 'yes') {
    var timer = setInterval(function () {
      fetch('/api/jobs/' + job.dataset.job, {credentials: 'same-origin'}).then(function (r) { return r.json(); })
        .then(function (j) {
          var bar = document.getElementById('job-progress');
          bar.max = j.total || 1; bar.value = j.done;
          document.getElementById('job-state').textContent = j.state;
          document.getElementById('job-line').textContent = j.line;
          if (!j.running) { clearInterval(timer); window.location.reload(); }
        }).catch(function () { clearInterval(timer); });
    }, 400);
  }

  // Stories on the static site: the filter form narrows the table in place (the server filters on submit).
  var filters = document.getElementById('filters');
  var table = document.getElementById('stories');
  if (filters && table && !filters.querySelector('button')) {
    var apply = function () {
      var v = {};
      filters.querySelectorAll('[data-filter]').forEach(function (i) {
        v[i.dataset.filter] = i.type === 'checkbox' ? i.checked : i.value.toLowerCase().trim();
      });
      table.querySelectorAll('tr[data-text]').forEach(function (row) {
        var d = row.dataset;
        var show = (v.singletons || d.size > 1) && (!v.text || d.text.indexOf(v.text) >= 0) &&
          (!v.site || d.site.indexOf(v.site) >= 0) && (!v.since || (d.last || '') >= v.since) &&
          (!v.until || (d.first || '9999') <= v.until);
        row.hidden = !show;
      });
    };
    filters.addEventListener('input', apply);
    filters.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }
})();
