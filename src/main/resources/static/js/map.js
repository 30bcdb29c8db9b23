// The home map: states coloured by their standing towards the NSG on the chosen date.
(function () {
  const el = document.getElementById('map');
  const input = document.getElementById('asOf');
  if (!el || !window.echarts) { return; }
  const css = getComputedStyle(document.documentElement);
  const statuses = ['PARTICIPATING_GOVERNMENT', 'APPLICANT', 'OBSERVER_LINKED', 'NPT_PARTY', 'NON_NPT'];
  const colours = { PARTICIPATING_GOVERNMENT: '--pg', APPLICANT: '--applicant', OBSERVER_LINKED: '--linked',
    NPT_PARTY: '--npt', NON_NPT: '--non' };
  const labels = {};
  document.querySelectorAll('#legend li').forEach(li => labels[li.dataset.status] = li.children[1].textContent);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  window.plenaryMap = chart;

  function draw(states, asOf) {
    const data = states.map(s => ({ name: s.code, value: statuses.indexOf(s.status), label: s.name, status: s.status }));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: p => p.data ? `${p.data.label} (${p.data.name})<br>${labels[p.data.status]}` : p.name },
      visualMap: { type: 'piecewise', show: false, dimension: 0,
        pieces: statuses.map((s, i) => ({ value: i, color: css.getPropertyValue(colours[s]).trim() })) },
      series: [{ type: 'map', map: 'world', roam: true, nameProperty: 'name', data,
        itemStyle: { areaColor: css.getPropertyValue('--none').trim(), borderColor: '#fff', borderWidth: .5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f4d03f' } }, select: { disabled: true } }]
    });
    el.dataset.asOf = asOf;
    el.dataset.rendered = String(data.length);
    const counts = {};
    states.forEach(s => counts[s.status] = (counts[s.status] || 0) + 1);
    document.querySelectorAll('#legend li').forEach(li => li.querySelector('.count').textContent = counts[li.dataset.status] || 0);
  }

  function load(asOf) {
    return fetch('/api/states?asOf=' + encodeURIComponent(asOf), { headers: { Accept: 'application/json' } })
      .then(r => r.ok ? r.json() : Promise.reject(r.status))
      .then(states => draw(states, asOf));
  }

  fetch('/geo/world-110m.geo.json').then(r => r.json()).then(geo => {
    echarts.registerMap('world', geo);
    return load(el.dataset.asOf);
  });
  chart.on('click', p => { if (p.data) { window.location.href = '/states/' + p.data.name + '?asOf=' + el.dataset.asOf; } });
  window.addEventListener('resize', () => chart.resize());
  if (input) {
    // forms.js fires 'iso-date' once a complete, real date is typed: never on a partial one.
    input.addEventListener('iso-date', () => load(input.value));
    document.querySelectorAll('.presets button').forEach(b => b.addEventListener('click', () => {
      input.value = b.dataset.date;
      input.dataset.shown = b.dataset.date;
      input.dispatchEvent(new CustomEvent('iso-date', { bubbles: true }));
    }));
  }
})();
