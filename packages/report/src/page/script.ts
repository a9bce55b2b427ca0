/**
 * The page's script, inlined: the theme toggle, the search box and filters, sorting, and the clip
 * player. It reads only the page itself (the `data-*` attributes every entry carries), so it works
 * from a file with no network. Kept as plain ES2017 so any current browser runs it unbuilt.
 */
export const reportScript = `
(function () {
  var root = document.documentElement;
  var storageKey = 'motionreg-report-theme';
  function stored() { try { return localStorage.getItem(storageKey); } catch (error) { return null; } }
  function effectiveTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen === 'light' || chosen === 'dark') return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var toggle = document.getElementById('theme-toggle');
  function labelToggle() {
    if (!toggle) return;
    var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    toggle.textContent = next === 'dark' ? '\\u263E Dark' : '\\u2600 Light';
    toggle.setAttribute('aria-label', 'switch to the ' + next + ' theme');
  }
  var saved = stored();
  if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  labelToggle();
  if (toggle) toggle.addEventListener('click', function () {
    var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try { localStorage.setItem(storageKey, next); } catch (error) { /* a file:// page may have no storage */ }
    labelToggle();
  });

  var items = Array.prototype.slice.call(document.querySelectorAll('.filterable'));
  var search = document.getElementById('search');
  var registry = document.getElementById('registry');
  var minCount = document.getElementById('min-count');
  var sort = document.getElementById('sort');
  var shown = document.getElementById('shown');

  // why: read every item's filter data once; a search then touches only the items whose state changes.
  var records = items.map(function (item) {
    var group = item.closest('[data-group]');
    var section = item.closest('[data-section]');
    return {
      item: item,
      registry: item.getAttribute('data-registry') || '',
      count: Number(item.getAttribute('data-count')) || 0,
      text: item.getAttribute('data-search') || '',
      group: group,
      section: section,
      shown: true,
    };
  });
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('[data-section]'));

  function matches(record, words, wanted, least) {
    if (wanted && record.registry !== wanted && record.registry.indexOf(wanted + '.') !== 0) return false;
    if (record.count < least) return false;
    for (var index = 0; index < words.length; index += 1) if (record.text.indexOf(words[index]) < 0) return false;
    return true;
  }

  function badge(container, selector, count, active) {
    var element = container.querySelector(selector);
    if (element) element.textContent = active ? count + ' / ' + element.getAttribute('data-total') : element.getAttribute('data-total');
  }

  function apply() {
    var words = (search && search.value ? search.value : '').toLowerCase().split(/\\s+/).filter(Boolean);
    var wanted = registry ? registry.value : '';
    var least = minCount && minCount.value ? Number(minCount.value) || 0 : 0;
    var active = words.length > 0 || wanted !== '' || least > 1;
    var visible = 0;
    var perGroup = new Map();
    var perSection = new Map();
    records.forEach(function (record) {
      var show = matches(record, words, wanted, least);
      if (show !== record.shown) { record.item.hidden = !show; record.shown = show; }
      if (!show) return;
      visible += 1;
      if (record.group) perGroup.set(record.group, (perGroup.get(record.group) || 0) + 1);
      if (record.section) perSection.set(record.section, (perSection.get(record.section) || 0) + 1);
    });
    groups.forEach(function (group) {
      var hasItems = group.querySelector('.filterable') !== null;
      if (!hasItems) { group.hidden = active; return; }
      var count = perGroup.get(group) || 0;
      group.hidden = active && count === 0;
      badge(group, '.section-count[data-total]', count, active);
    });
    sections.forEach(function (section) {
      var hasItems = section.querySelector('.filterable') !== null;
      var noMatch = section.querySelector('.no-match');
      if (!hasItems) { section.hidden = wanted !== ''; return; }
      var count = perSection.get(section) || 0;
      section.hidden = active && count === 0 && wanted !== '';
      if (noMatch) noMatch.hidden = !(active && count === 0);
      badge(section, '.section-head .section-count[data-total]', count, active);
    });
    if (shown) shown.textContent = active ? visible + ' of ' + items.length + ' shown' : items.length + ' items';
  }

  function sortKey(item, by) {
    if (by === 'name') return item.getAttribute('data-name') || '';
    if (by === 'newest') return item.getAttribute('data-seen') || '';
    return Number(item.getAttribute('data-count')) || 0;
  }

  function applySort() {
    var by = sort ? sort.value : 'count';
    var parents = [];
    items.forEach(function (item) { if (parents.indexOf(item.parentNode) < 0) parents.push(item.parentNode); });
    parents.forEach(function (parent) {
      var children = Array.prototype.filter.call(parent.children, function (child) { return child.classList.contains('filterable'); });
      children.sort(function (left, right) {
        var a = sortKey(left, by), b = sortKey(right, by);
        if (by === 'name') return a < b ? -1 : a > b ? 1 : 0;
        return a < b ? 1 : a > b ? -1 : 0;
      });
      children.forEach(function (child) { parent.appendChild(child); });
    });
  }

  var pending = 0;
  function schedule() {
    if (pending) return;
    pending = window.requestAnimationFrame(function () { pending = 0; apply(); });
  }
  if (search) search.addEventListener('input', schedule);
  if (registry) registry.addEventListener('change', apply);
  if (minCount) minCount.addEventListener('input', schedule);
  if (sort) sort.addEventListener('change', function () { applySort(); apply(); });
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== search && search) { event.preventDefault(); search.focus(); }
  });
  apply();

  var player = document.getElementById('player');
  var video = player ? player.querySelector('video') : null;
  var playerTitle = player ? player.querySelector('.player-title') : null;
  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('.play') : null;
    if (!button || !player || !video) return;
    video.src = button.getAttribute('data-clip') || '';
    if (playerTitle) playerTitle.textContent = button.getAttribute('data-title') || '';
    if (player.showModal) player.showModal(); else player.setAttribute('open', '');
    var started = video.play();
    if (started && started.catch) started.catch(function () { /* the reader can press play */ });
  });
  if (player) {
    player.addEventListener('close', function () { if (video) { video.pause(); video.removeAttribute('src'); video.load(); } });
    var close = player.querySelector('.player-close');
    if (close) close.addEventListener('click', function () { player.close(); });
  }
})();
`;
