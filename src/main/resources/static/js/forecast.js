// The forecast page: posts the scenario (edited by the sliders) to /forecast/run and redraws.
(function () {
  const csrf = document.getElementById('csrf');
  const area = document.getElementById('scenario');
  const tbody = document.querySelector('#pgs tbody');
  const error = document.getElementById('forecast-error');
  const fmt = x => (x == null ? '' : x.toFixed(3));
  const pct = x => (100 * x).toFixed(1) + '%';
  const METHODS = { AUTO: 'Automatic (exact when small)', EXACT: 'Exact', MONTE_CARLO: 'Monte Carlo' };
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
    f.pivotal.forEach(v => names.set(v.pg, v.name || v.pg));
    document.getElementById('p-consensus').textContent = pct(f.pConsensus);
    document.getElementById('p-consensus').dataset.value = f.pConsensus;
    document.getElementById('p-se').textContent = f.standardError > 0 ? '± ' + pct(f.standardError) + ' (standard error)' : '';
    document.getElementById('p-method').textContent = (METHODS[f.method] || f.method) + (f.draws ? ', ' + f.draws.toLocaleString() + ' draws, seed ' + f.seed : '');
    document.getElementById('p-no-objection').textContent = pct(f.pNoObjection);
    persuasion(f);
    renderPgs(f);
    renderBlocs(f);
    renderMap(f);
    renderRounds(f);
  }

  // A long persuasion set names its first few PGs and folds the rest.
  function persuasion(f) {
    const el = document.getElementById('persuasion');
    const set = f.minimalPersuasionSet;
    const lift = ' joining consensus would lift it to ' + pct(f.persuasion.pAfter) + ' (target ' + pct(f.persuasion.target) + ')'
      + (f.persuasion.provedMinimal ? '; no smaller set does.' : '; found greedily.');
    el.textContent = '';
    if (set.length === 0) {
      el.textContent = 'None needed: the forecast already reaches ' + pct(f.persuasion.target) + '.';
    } else if (set.length <= 6) {
      el.textContent = set.map(named).join(', ') + lift;
    } else {
      const more = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = set.slice(0, 4).map(named).join(', ') + ' and ' + (set.length - 4) + ' more PGs' + lift;
      const all = document.createElement('p');
      all.textContent = 'All ' + set.length + ': ' + set.map(named).join(', ') + '.';
      more.append(summary, all);
      el.append(more);
    }
  }

  // Rows keep their order while a slider is dragged: they are re-ordered (most pivotal first) and
  // folded (only the first few and those the analyst set stay open) only on the first answer and
  // after a slider is let go ('change'), never on 'input', so the slider stays under the pointer.
  const OPEN_ROWS = 8;
  const RULES = { ANALYST: 'Set by you', SCENARIO_DEFAULT: "The scenario's default", BASE: 'Default rate: nothing on record',
    ON_RECORD: 'Its position on record', SUPPORTED_SAME_SUBJECT: 'Supported this subject before',
    HELD_OUT_ON_NON_NPT: 'Held out on a state outside the NPT', NON_NPT_SUBJECT: 'The subject is outside the NPT',
    BARGAINING: 'Moved by bargaining' };
  let resort = true;
  let showAll = false;
  const names = new Map();

  function named(pg) { return names.has(pg) ? names.get(pg) + ' (' + pg + ')' : pg; }

  function row(v) {
    const tr = document.createElement('tr');
    tr.dataset.pg = v.pg;
    tr.innerHTML = '<th scope="row" class="pg-name"></th><td><div class="blockbar"><span class="o"></span><span class="r"></span></div></td>'
      + '<td><input type="range" min="0" max="1" step="0.01" class="pobject"> <span class="v-o"></span></td>'
      + '<td><input type="range" min="0" max="1" step="0.01" class="preserve"> <span class="v-r"></span></td>'
      + '<td class="gain"></td><td class="source"><span class="rule"></span><details><summary>why</summary><p class="why"></p></details></td>';
    tr.querySelector('.pg-name').textContent = named(v.pg);
    tr.querySelector('.pobject').setAttribute('aria-label', named(v.pg) + ': probability of objecting');
    tr.querySelector('.preserve').setAttribute('aria-label', named(v.pg) + ': probability of reserving');
    tr.querySelectorAll('input').forEach(input => {
      input.addEventListener('input', () => change(tr));
      input.addEventListener('change', () => { resort = true; change(tr); });
    });
    return tr;
  }

  function renderPgs(f) {
    f.pivotal.forEach(v => names.set(v.pg, v.name || v.pg));
    const rows = new Map([...tbody.querySelectorAll('tr')].map(tr => [tr.dataset.pg, tr]));
    const stances = scenario.stances || {};
    f.pivotal.forEach(v => {
      let tr = rows.get(v.pg);
      if (!tr) { tr = row(v); rows.set(v.pg, tr); tbody.appendChild(tr); }
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
      const rule = stances[v.pg] ? 'ANALYST' : v.prior.rule;
      tr.querySelector('.rule').textContent = (RULES[rule] || rule) + (v.beforeBargaining ? ', moved by bargaining' : '');
      tr.querySelector('.why').textContent = v.prior.explanation + (v.prior.source ? ' Source: ' + v.prior.source : '');
    });
    if (resort) {
      resort = false;
      f.pivotal.forEach((v, i) => {
        const tr = rows.get(v.pg);
        tr.classList.toggle('folded', i >= OPEN_ROWS && !stances[v.pg]);
        tbody.appendChild(tr); // the order of the answer: most pivotal first
      });
    }
    fold();
  }

  function fold() {
    const button = document.getElementById('show-all');
    const folded = tbody.querySelectorAll('tr.folded').length;
    tbody.classList.toggle('show-all', showAll);
    button.hidden = folded === 0;
    button.setAttribute('aria-expanded', String(showAll));
    button.textContent = showAll ? 'Show only the first ' + OPEN_ROWS + ' and those you set' : 'Show every PG (' + folded + ' more)';
  }

  document.getElementById('show-all').addEventListener('click', () => { showAll = !showAll; fold(); });

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
      div.innerHTML = `<label>${b.name} (${b.members.map(named).join(', ')}): weight <input type="range" min="0" max="1" step="0.05" value="${b.weight}" aria-label="${b.name} weight"> <span>${b.weight.toFixed(2)}</span></label>`
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
    if (!window.echarts || !window.plenaryGeo || !document.getElementById('map-panel').open) { return; }
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
    if (!document.getElementById('rounds-panel').open) { return; }
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
  function send(method, url, body) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[csrf.dataset.header] = csrf.dataset.token;
    return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(r => r.json().then(j => (r.ok ? j : Promise.reject(j))));
  }

  function shareLink(id) {
    const link = new URL('/forecast?saved=' + id, window.location.href).href;
    document.getElementById('share-href').href = link;
    document.getElementById('share-href').textContent = link;
    document.getElementById('share-link').hidden = false;
  }

  // The saved list is redrawn from the server after every save or share.
  function refreshSaved() {
    return send('GET', '/forecast/saved').then(list => {
      const ul = document.getElementById('saved-list');
      ul.innerHTML = '';
      if (list.length === 0) { ul.innerHTML = '<li class="hint">None yet.</li>'; }
      list.forEach(f => {
        const li = document.createElement('li');
        li.dataset.id = f.id;
        const a = document.createElement('a');
        a.className = 'reopen';
        a.href = '/forecast?saved=' + f.id;
        a.textContent = f.title;
        const hint = document.createElement('span');
        hint.className = 'hint';
        hint.textContent = ' no. ' + f.id + ' · ' + f.author + (f.shared ? ' · shared' : ' · private') + ' · P = ' + f.pConsensus.toFixed(3) + ' ';
        li.append(a, hint);
        if (f.mine && !f.shared) {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'share secondary';
          b.dataset.id = f.id;
          b.textContent = 'Share';
          li.append(b);
        }
        ul.append(li);
      });
    }, problem);
  }

  document.getElementById('saved-list').addEventListener('click', e => {
    const b = e.target.closest('button.share');
    if (!b) { return; }
    send('PUT', '/forecast/saved/' + b.dataset.id + '/shared', { shared: true }).then(f => {
      document.getElementById('saved-msg').textContent = 'Forecast ' + f.id + ' is shared with every forecaster.';
      shareLink(f.id);
      return refreshSaved();
    }, problem);
  });

  document.getElementById('save').addEventListener('click', () => {
    post('/forecast/saved?shared=' + document.getElementById('share').checked, scenario).then(s => {
      document.getElementById('saved-msg').textContent = 'Saved as forecast ' + s.id + (s.shared ? ' (shared).' : ' (private).');
      shareLink(s.id);
      return refreshSaved();
    }, problem);
  });

  ['map-panel', 'rounds-panel'].forEach(id => document.getElementById(id).addEventListener('toggle', () => {
    if (last) { renderMap(last); renderRounds(last); }
    [mapChart, roundsChart].forEach(c => c && c.resize());
  }));

  // The forecast does not wait for the map: the map is drawn from the last answer once its shapes arrive.
  // A reopened forecast shows its saved result; a new one is computed.
  const reopened = document.getElementById('reopened');
  if (reopened) {
    send('GET', '/forecast/saved/' + reopened.dataset.savedId).then(saved => {
      render(saved.result);
      if (saved.shared) { shareLink(saved.id); }
    }, problem);
  } else {
    run();
  }
  fetch('/geo/world-110m.geo.json').then(r => r.json()).then(geo => {
    echarts.registerMap('world', geo);
    window.plenaryGeo = true;
    if (last) { renderMap(last); }
  }).catch(() => {});
})();
