// Filters for the questions of a page: by theme, audience, level and
// topic. The choice is kept in the URL, so a filtered view can be shared
// and survives a reload.
(function () {
  "use strict";
  var form = document.querySelector("[data-filters]");
  if (!form) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  if (!selects.length) return;
  form.hidden = false;
  var status = form.querySelector("[data-filter-status]");
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-group]"));
  var params = new URLSearchParams(location.search);
  selects.forEach(function (select) {
    var value = params.get(select.name);
    if (value && select.querySelector('option[value="' + CSS.escape(value) + '"]')) select.value = value;
  });

  function apply() {
    var want = {};
    selects.forEach(function (select) { want[select.name] = select.value; });
    var shown = 0, total = 0;
    groups.forEach(function (group) {
      var groupOK = (!want.thema || group.dataset.group === want.thema) &&
        (!want.onderwerp || (" " + group.dataset.tags + " ").indexOf(" " + want.onderwerp + " ") >= 0);
      var visible = 0;
      group.querySelectorAll(".question").forEach(function (q) {
        total++;
        var ok = groupOK && (!want.doelgroep || q.dataset.audience === want.doelgroep) &&
          (!want.niveau || q.dataset.level === want.niveau);
        q.hidden = !ok;
        if (ok) visible++;
      });
      group.hidden = visible === 0;
      shown += visible;
    });
    status.textContent = form.dataset.count.replace("{n}", shown).replace("{total}", total);
    var url = new URL(location.href);
    selects.forEach(function (select) {
      if (select.value) url.searchParams.set(select.name, select.value); else url.searchParams.delete(select.name);
    });
    history.replaceState(null, "", url);
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
