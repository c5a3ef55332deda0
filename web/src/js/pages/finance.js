// Finance: the pool at a glance (one bar), the burn-down with the forecast, tables by category, month and citizen
// centre, the reconciliation result, CSV export; every figure as the API computes it.
import { mountPage, esc, alertBox, icon } from '../layout.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post, download, ApiError } from '../api.js';
import { kr, date, month } from '../format.js';
import { barSegments, forecastLine, forecastSentences } from '../finance-model.js';
import { mountReceipts } from '../attachments.js';

const charts = [];
let poolId = null;
let reconMessage = null;

/** Fills that differ in pattern as well as colour, so a segment is told apart without colour (WCAG 1.4.1). */
function pattern(kind, color) {
  const c = document.createElement('canvas');
  c.width = 12;
  c.height = 12;
  const g = c.getContext('2d');
  g.fillStyle = kind === 'free' ? '#ffffff' : color;
  g.fillRect(0, 0, 12, 12);
  g.strokeStyle = kind === 'pipeline' ? '#1a1a1a' : '#ffffff';
  g.lineWidth = 2;
  if (kind === 'committed') {
    g.beginPath(); g.moveTo(0, 12); g.lineTo(12, 0); g.stroke();
  } else if (kind === 'pipeline') {
    g.fillStyle = '#1a1a1a';
    g.beginPath(); g.arc(6, 6, 1.8, 0, Math.PI * 2); g.fill();
  }
  return g.createPattern(c, 'repeat');
}

const COLORS = { disbursed: '#1b3a57', committed: '#2e7d32', pipeline: '#f2c14e', free: '#ffffff' };

function poolBar(canvas, pool) {
  const l = lang();
  const segs = barSegments(pool);
  charts.push(new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: [t('fin.pool')],
      datasets: segs.map((s) => ({ label: t('fin.seg.' + s.key), data: [s.ore / 100], backgroundColor: pattern(s.key, COLORS[s.key]),
        borderColor: '#1a1a1a', borderWidth: 1 })),
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, max: pool.totalOre / 100, ticks: { maxRotation: 0, color: '#1a1a1a', callback: (v) => kr(v * 100, l) } },
        y: { stacked: true, display: false } },
      plugins: { legend: { position: 'bottom', labels: { color: '#1a1a1a' } },
        tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + kr(c.raw * 100, l) } } },
    },
  }));
}

function burnChart(canvas, figures) {
  const l = lang();
  const burn = figures.burnDown || [];
  const line = forecastLine(burn, figures.forecast);
  charts.push(new window.Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        { label: t('fin.burn.actual'), data: burn.map((p) => ({ x: Date.parse(p.date), y: p.availableOre / 100 })), borderColor: '#1b3a57',
          backgroundColor: '#1b3a57', stepped: true, pointStyle: 'circle', pointRadius: 3 },
        ...(line.length ? [{ label: t('fin.burn.forecast'), data: line.map((p) => ({ x: Date.parse(p.date), y: p.availableOre / 100 })),
          borderColor: '#8a4b00', backgroundColor: '#8a4b00', borderDash: [6, 4], pointStyle: 'triangle', pointRadius: 4 }] : []),
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
      // Time on a linear axis of milliseconds: days are as wide as they are long, with no date adapter to load.
      scales: { x: { type: 'linear', ticks: { maxRotation: 0, color: '#1a1a1a', maxTicksLimit: 8,
        callback: (v) => date(new Date(v).toISOString(), l) } },
      y: { min: 0, ticks: { color: '#1a1a1a', callback: (v) => kr(v * 100, l) } } },
      plugins: { legend: { position: 'bottom', labels: { color: '#1a1a1a', usePointStyle: true } } },
    },
  }));
}

function table(id, captionKey, rows, keyLabel, keyFormat) {
  const l = lang();
  if (!rows || !rows.length) {
    return `<h3>${esc(t(captionKey))}</h3><p>${esc(t('fin.noRows'))}</p>`;
  }
  // A scroll box of its own on a phone: the amounts stay on one line, the page does not scroll sideways.
  return `<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t(captionKey))}"><table class="table table--compact table--zebra" id="${id}"><caption>${esc(t(captionKey))}</caption>
    <thead><tr><th scope="col">${esc(keyLabel)}</th><th scope="col" class="text-right">${esc(t('fin.col.committed'))}</th>
    <th scope="col" class="text-right">${esc(t('fin.col.disbursed'))}</th><th scope="col" class="text-right">${esc(t('fin.col.count'))}</th></tr></thead>
    <tbody>${rows.map((r) => `<tr><th scope="row">${esc(keyFormat(r.key))}</th><td class="text-right">${esc(kr(r.committedOre, l))}</td>
      <td class="text-right">${esc(kr(r.disbursedOre, l))}</td><td class="text-right">${esc(r.count)}</td></tr>`).join('')}</tbody></table></div>`;
}

/** The pool's latest reconciliation, or null when none has run yet (the API's 404 for a pool it has just shown). */
async function latestReconciliation(pool) {
  try {
    return await get('/api/pools/' + encodeURIComponent(pool.id) + '/reconciliation');
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return null;
    }
    throw e;
  }
}

function reconSection(r) {
  const l = lang();
  return `${reconMessage ? alertBox(reconMessage.kind, reconMessage.text(), null) : ''}
    ${r ? `<p id="recon-result">${r.ok ? icon('check') : icon('error')}<strong>${esc(r.ok ? t('fin.recon.ok') : t('fin.recon.drift', { sum: kr(r.driftOre, l) }))}</strong>
      ${esc(t('fin.recon.at', { date: date(r.at, l) }))}</p>` : `<p>${esc(t('fin.recon.never'))}</p>`}
    <button type="button" class="button button-secondary" id="run-recon">${esc(t('fin.recon.run'))}</button>`;
}

async function render(main) {
  charts.splice(0).forEach((c) => c.destroy());
  const l = lang();
  const pools = await get('/api/pools');
  if (!pools.length) {
    main.innerHTML = `<h1>${esc(t('fin.title'))}</h1><p>${esc(t('fin.noPools'))}</p>`;
    return;
  }
  poolId = poolId || pools[0].id;
  const pool = await get('/api/pools/' + encodeURIComponent(poolId));
  const f = await get('/api/pools/' + encodeURIComponent(pool.id) + '/figures');
  const recon = await latestReconciliation(pool);
  const short = pool.pipelineOre > pool.availableOre;
  main.innerHTML = `<h1 tabindex="-1" id="fin-heading">${esc(t('fin.title'))}</h1>
    ${pools.length > 1 ? `<div class="form-group"><label class="form-label" for="pool-select">${esc(t('fin.choosePool'))}</label>
      <select class="form-select" id="pool-select">${pools.map((p) => `<option value="${esc(p.id)}"${p.id === poolId ? ' selected' : ''}>${esc(p.name)}</option>`).join('')}</select></div>` : ''}
    <p class="font-lead">${esc(pool.name)} · ${esc(date(pool.windowFrom, l))} – ${esc(date(pool.windowTo, l))}</p>
    <section aria-labelledby="glance"><h2 id="glance">${esc(t('fin.glance'))}</h2>
      <dl class="figures" id="pool-figures">
        ${['totalOre', 'availableOre', 'committedOre', 'disbursedOre', 'pipelineOre'].map((k) => `<div><dt>${esc(t('fin.fig.' + k))}</dt><dd data-figure="${k}">${esc(kr(pool[k], l))}</dd></div>`).join('')}
      </dl>
      ${short ? alertBox('warning', t('fin.short'), t('fin.shortText')) : ''}
      <div class="chart-box chart-bar"><canvas id="pool-bar" role="img" aria-label="${esc(t('fin.barLabel', { total: kr(pool.totalOre, l), available: kr(pool.availableOre, l), committed: kr(pool.committedOre, l), disbursed: kr(pool.disbursedOre, l), pipeline: kr(pool.pipelineOre, l) }))}"></canvas></div>
    </section>
    <section aria-labelledby="burn"><h2 id="burn">${esc(t('fin.burn'))}</h2>
      <p id="forecast-text">${esc(forecastSentences(f.forecast).map((x) => t(x.key, { ...x, month: x.month && month(x.month, l), left: kr(x.leftOre, l) })).join(' '))}
        ${esc(t('fin.forecast.basis', { approval: Math.round(f.forecast.approvalRatio * 100), partial: Math.round(f.forecast.partialAwardRatio * 100), pipeline: kr(f.forecast.expectedPipelineOre, l) }))}</p>
      <div class="chart-box"><canvas id="burn-chart" role="img" aria-label="${esc(t('fin.burnLabel', { n: (f.burnDown || []).length }))}"></canvas></div>
      <details class="details"><summary class="details-summary">${esc(t('fin.burnTable'))}</summary><div class="details-text">
        <table class="table table--compact" id="burn-table"><caption class="sr-only">${esc(t('fin.burn'))}</caption><thead><tr><th scope="col">${esc(t('fin.col.date'))}</th><th scope="col" class="text-right">${esc(t('fin.fig.availableOre'))}</th></tr></thead>
        <tbody>${(f.burnDown || []).map((p) => `<tr><td>${esc(date(p.date, l))}</td><td class="text-right">${esc(kr(p.availableOre, l))}</td></tr>`).join('')}</tbody></table></div></details>
    </section>
    <section aria-labelledby="tables"><h2 id="tables">${esc(t('fin.tables'))}</h2>
      ${f.grants ? `<p id="grant-stats">${esc(t('fin.grants', { n: f.grants.count, min: kr(f.grants.minOre, l), median: kr(f.grants.medianOre, l), max: kr(f.grants.maxOre, l) }))}</p>` : ''}
      <div class="tables-grid">
        ${table('by-category', 'fin.byCategory', f.byCategory, t('fin.col.category'), (k) => (k && k !== '–' ? code('category', k) : '–'))}
        ${table('by-month', 'fin.byMonth', f.byMonth, t('fin.col.month'), (k) => month(k, l))}
        ${table('by-centre', 'fin.byCentre', f.byCitizenCentre, t('fin.col.centre'), (k) => k)}
      </div>
    </section>
    <section id="receipts" aria-labelledby="receipts-heading"></section>
    <section aria-labelledby="recon"><h2 id="recon">${esc(t('fin.recon'))}</h2>${reconSection(recon)}</section>
    <section aria-labelledby="export"><h2 id="export">${esc(t('fin.export'))}</h2>
      <p>${esc(t('fin.exportText'))}</p>
      <p class="export-buttons"><button type="button" class="button button-secondary" id="csv-ledger">${icon('download')}${esc(t('fin.csvLedger'))}</button>
      <button type="button" class="button button-secondary" id="csv-figures">${icon('download')}${esc(t('fin.csvFigures'))}</button></p>
      <p>${esc(t('fin.exportExcelText'))}</p>
      <p class="export-buttons"><button type="button" class="button button-secondary" id="csv-ledger-excel">${icon('download')}${esc(t('fin.csvLedgerExcel'))}</button>
      <button type="button" class="button button-secondary" id="csv-figures-excel">${icon('download')}${esc(t('fin.csvFiguresExcel'))}</button></p>
      <p aria-live="polite" id="export-note"></p>
    </section>`;
  poolBar(main.querySelector('#pool-bar'), pool);
  mountReceipts(main.querySelector('#receipts'), pool.id).catch(() => {});
  burnChart(main.querySelector('#burn-chart'), f);
  const select = main.querySelector('#pool-select');
  if (select) {
    select.addEventListener('change', async () => {
      poolId = select.value;
      await render(main);
      main.querySelector('#pool-select').focus();
    });
  }
  const run = main.querySelector('#run-recon');
  run.addEventListener('click', async () => {
    run.disabled = true;
    try {
      const r = await post('/api/pools/' + encodeURIComponent(pool.id) + '/reconciliation', {});
      // Worded when drawn, so it follows a change of language.
      reconMessage = { kind: r.ok === false ? 'warning' : 'success', text: () => t('fin.recon.done') };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      reconMessage = { kind: 'error', text: () => pick(e.messageDa, e.messageEn) };
    }
    await render(main);
    main.querySelector('#run-recon').focus();
  });
  const note = main.querySelector('#export-note');
  for (const kind of ['ledger', 'figures', 'ledger-excel', 'figures-excel']) {
    main.querySelector('#csv-' + kind).addEventListener('click', async () => {
      await download('/api/pools/' + encodeURIComponent(pool.id) + '/' + kind + '.csv', pool.id + '-' + kind + '.csv');
      note.textContent = t('fin.downloaded');
    });
  }
}

mountPage({ roles: ['finance'], titleKey: 'fin.title', render });
