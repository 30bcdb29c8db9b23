// The forecast page: posts the scenario (edited by the sliders) to /forecast/run and redraws.
(function () {
  const csrf = document.getElementById('csrf');
  const area = document.getElementById('scenario');
  const tbody = document.querySelector('#pgs tbody');
  const error = document.getElementById('forecast-error');
  const fmt = x => (x == null ? '' : x.toFixed(3));
  const pct = x => (100 * x).toFixed(1) + '%';
  let scenario = JSON.parse(area.value);
  let running = null;
  let pending = false;
  let mapChart = null;
  let roundsChart = null;
  let last = null;

  function post(url, body) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[csrf.dataset.header] = csrf.dataset.token;
    return fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
      .then(r => r.json().then(j => (r.ok ? j : Promise.reject(j))));
  }

  function run() {
    if (running) { pending = true; return running; }
    document.body.dataset.forecasting = 'true';
    running = post('/forecast/run', scenario).then(render, problem).finally(() => {
      running = null;
      if (pending) { pending = false; run(); } else { document.body.dataset.forecasting = 'false'; }
    });
    return running;
  }

  function problem(p) {
    error.hidden = false;
    error.textContent = (p && p.detail) || 'The forecast could not be computed.';
  }

  function render(f) {
    last = f;
    error.hidden = true;
    document.getElementById('p-consensus').textContent = pct(f.pConsensus);
    document.getElementById('p-consensus').dataset.value = f.pConsensus;
    document.getElementById('p-se').textContent = f.standardError > 0 ? '± ' + pct(f.standardError) + ' (standard error)' : '';
    document.getElementById('p-method').textContent = f.method + (f.draws ? ', ' + f.draws.toLocaleString() + ' draws, seed ' + f.seed : '');
    document.getElementById('p-no-objection').textContent = pct(f.pNoObjection);
    const set = f.minimalPersuasionSet;
    document.getElementById('persuasion').textContent = set.length === 0
      ? 'None needed: the forecast already reaches ' + pct(f.persuasion.target) + '.'
      : set.join(', ') + ' joining consensus would lift it to ' + pct(f.persuasion.pAfter) + ' (target ' + pct(f.persuasion.target) + ')'
        + (f.persuasion.provedMinimal ? '; no smaller set does.' : '; found greedily.');
    renderPgs(f);
    renderBlocs(f);
    renderMap(f);
    renderRounds(f);
  }

  function renderPgs(f) {
    const rows = new Map([...tbody.querySelectorAll('tr')].map(tr => [tr.dataset.pg, tr]));
    const stances = scenario.stances || {};
    f.pivotal.forEach(v => {
      let tr = rows.get(v.pg);
      if (!tr) {
        tr = document.createElement('tr');
        tr.dataset.pg = v.pg;
        tr.innerHTML = `<td title="${v.name}">${v.pg}</td><td><div class="blockbar"><span class="o"></span><span class="r"></span></div></td>`
          + `<td><input type="range" min="0" max="1" step="0.01" class="pobject" aria-label="${v.pg} pObject"> <span class="v-o"></span></td>`
          + `<td><input type="range" min="0" max="1" step="0.01" class="preserve" aria-label="${v.pg} pReserve"> <span class="v-r"></span></td>`
          + '<td class="gain"></td><td class="source"></td>';
        tr.querySelectorAll('input').forEach(input => input.addEventListener('input', () => change(tr)));
        tbody.appendChild(tr);
      }
      const before = v.beforeBargaining || v;
      const o = tr.querySelector('.pobject');
      const r = tr.querySelector('.preserve');
      if (document.activeElement !== o && document.activeElement !== r) {
        o.value = before.pObject;
        r.value = before.pReserve;
      }
      tr.querySelector('.v-o').textContent = fmt(v.pObject);
      tr.querySelector('.v-r').textContent = fmt(v.pReserve);
      tr.querySelector('.o').style.width = pct(v.pObject);
      tr.querySelector('.r').style.width = pct(v.pReserve);
      tr.querySelector('.gain').textContent = v.gainIfJoins > 0 ? '+' + pct(v.gainIfJoins) : '';
      tr.querySelector('.source').textContent = (stances[v.pg] ? 'ANALYST' : v.prior.rule) + ': ' + v.prior.explanation
        + (v.prior.source ? ' [' + v.prior.source + ']' : '') + (v.beforeBargaining ? ' (moved by bargaining)' : '');
      tbody.appendChild(tr); // keeps the order of the answer: most pivotal first
    });
  }

  function change(tr) {
    const o = parseFloat(tr.querySelector('.pobject').value);
    let r = parseFloat(tr.querySelector('.preserve').value);
    if (o + r > 1) { r = Math.max(0, 1 - o); tr.querySelector('.preserve').value = r; }
    scenario.stances = scenario.stances || {};
    scenario.stances[tr.dataset.pg] = { pObject: o, pReserve: r, note: 'Set on the forecast page.' };
    area.value = JSON.stringify(scenario, null, 2);
    run();
  }

  function renderBlocs(f) {
    const el = document.getElementById('blocs');
    if (!f.blocs || f.blocs.length === 0) { return; }
    el.innerHTML = '';
    f.blocs.forEach((b, i) => {
      const div = document.createElement('div');
      div.className = 'bloc';
      div.innerHTML = `<label>${b.name} (${b.members.join(', ')}): weight <input type="range" min="0" max="1" step="0.05" value="${b.weight}" aria-label="${b.name} weight"> <span>${b.weight.toFixed(2)}</span></label>`
        + `<div class="hint">dissolved ${pct(b.pIfIndependent)} · united ${pct(b.pIfUnited)} · slope ${b.slope.toFixed(3)} per unit of weight</div>`;
      div.querySelector('input').addEventListener('change', e => {
        scenario.blocs[i].weight = parseFloat(e.target.value);
        area.value = JSON.stringify(scenario, null, 2);
        run();
      });
      el.appendChild(div);
    });
  }

  function renderMap(f) {
    if (!window.echarts || !window.plenaryGeo) { return; }
    mapChart = mapChart || echarts.init(document.getElementById('stance-map'));
    const data = f.pivotal.map(v => ({ name: v.pg, value: v.pObject + v.pReserve, label: v.name }));
    mapChart.setOption({
      tooltip: { trigger: 'item', formatter: p => p.data ? `${p.data.label}: blocks ${pct(p.data.value)}` : p.name },
      visualMap: { min: 0, max: 1, left: 'left', bottom: 0, text: ['blocks', 'joins'], calculable: false,
        inRange: { color: ['#1f5fae', '#f4d03f', '#c0392b'] } },
      series: [{ type: 'map', map: 'world', roam: true, nameProperty: 'name', data, itemStyle: { areaColor: '#e3e6ea', borderColor: '#fff', borderWidth: .5 } }]
    });
  }

  function renderRounds(f) {
    const hint = document.getElementById('rounds-hint');
    if (!f.bargaining || !window.echarts) { hint.hidden = false; return; }
    hint.textContent = 'Expected-utility bargaining (veto weight ' + f.bargaining.vetoWeight + '): the forecast after each round, '
      + 'the veto pivot (least willing PG) and the weighted median plain Bueno de Mesquita would predict.';
    roundsChart = roundsChart || echarts.init(document.getElementById('rounds-chart'));
    const rounds = f.bargaining.rounds.map(r => r.round);
    roundsChart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      xAxis: { type: 'category', data: rounds, name: 'round' }, yAxis: { type: 'value', min: 0, max: 1 },
      series: [
        { name: 'P(consensus)', type: 'line', data: f.bargaining.rounds.map(r => +r.pConsensus.toFixed(4)) },
        { name: 'veto pivot', type: 'line', data: f.bargaining.rounds.map(r => +r.pivot.toFixed(3)) },
        { name: 'weighted median', type: 'line', lineStyle: { type: 'dashed' }, data: f.bargaining.rounds.map(r => +r.weightedMedian.toFixed(3)) }
      ]
    });
  }

  document.getElementById('run').addEventListener('click', () => {
    try { scenario = JSON.parse(area.value); } catch (e) { problem({ detail: 'The scenario is not valid JSON: ' + e.message }); return; }
    run();
  });
  document.getElementById('save').addEventListener('click', () => {
    post('/forecast/saved?shared=' + document.getElementById('share').checked, scenario)
      .then(s => { document.getElementById('saved-msg').textContent = 'Saved as forecast ' + s.id + (s.shared ? ' (shared).' : ' (private).'); }, problem);
  });
  // The forecast does not wait for the map: the map is drawn from the last answer once its shapes arrive.
  run();
  fetch('/geo/world-110m.geo.json').then(r => r.json()).then(geo => {
    echarts.registerMap('world', geo);
    window.plenaryGeo = true;
    if (last) { renderMap(last); }
  }).catch(() => {});
})();
