// The management view (team and its leader, coordinator, finance): every evaluation figure with its definition, a
// table, a chart where people would rather look than read (SVG with a text alternative), and a CSV; filters by
// period, pool and citizen centre (a choice of the centres in the data). Every figure is the API's.
import { mountPage, esc, icon } from '../layout.js';
import { t, code } from '../i18n.js';
import { get, download, saveText } from '../api.js';
import { filterQuery, sections, sectionCsv, barsSvg, centreOptions } from '../evaluation-model.js';

const filters = { from: '', to: '', poolId: '', citizenCentre: '' };
let pools = null;

function table(s) {
  // A wide table scrolls inside its own region on a phone instead of widening the page.
  return `<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(s.title)}"><table class="table table--compact" id="table-${esc(s.id)}"><caption class="sr-only">${esc(s.title)}</caption>
    <thead><tr>${s.head.map((h, i) => `<th scope="col"${i ? ' class="text-right"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>
    <tbody>${s.rows.map((r) => `<tr>${r.map((v, i) => (i ? `<td class="text-right">${esc(v ?? '–')}</td>` : `<th scope="row">${esc(v)}</th>`)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

function section(s) {
  const chart = s.chart && s.chart.bars.length ? `<div class="ev-chart-box">${barsSvg(s.chart, { id: 'chart-' + s.id, title: s.title })}</div>` : '';
  return `<section class="ev-section" aria-labelledby="h-${esc(s.id)}" id="metric-${esc(s.id)}"><h2 id="h-${esc(s.id)}">${esc(s.title)}</h2>
    <p class="ev-def"><strong>${esc(t('ev.definition'))}:</strong> ${esc(s.def)}</p>
    ${chart}${table(s)}
    <p><button type="button" class="function-link" data-csv="${esc(s.id)}">${icon('download')}${esc(t('ev.csvSection'))}</button></p></section>`;
}

async function render(main) {
  pools = pools || await get('/api/pools');
  const ev = await get('/api/evaluation' + filterQuery(filters));
  const all = sections(ev, { t, code });
  main.innerHTML = `<h1 tabindex="-1" id="ev-heading">${esc(t('ev.title'))}</h1><p class="font-lead">${esc(t('ev.lead'))}</p>
    <form id="ev-filters" class="ev-filters" novalidate><fieldset><legend class="h3">${esc(t('ev.filters'))}</legend>
      <div class="form-group"><label class="form-label" for="f-from">${esc(t('ev.from'))}</label>
        <input class="form-input input-width-s" type="date" id="f-from" name="from" value="${esc(filters.from)}"></div>
      <div class="form-group"><label class="form-label" for="f-to">${esc(t('ev.to'))}</label>
        <input class="form-input input-width-s" type="date" id="f-to" name="to" value="${esc(filters.to)}"></div>
      <div class="form-group"><label class="form-label" for="f-pool">${esc(t('ev.pool'))}</label>
        <select class="form-select" id="f-pool" name="poolId"><option value="">${esc(t('ev.allPools'))}</option>
        ${pools.map((p) => `<option value="${esc(p.id)}"${p.id === filters.poolId ? ' selected' : ''}>${esc(p.name)}</option>`).join('')}</select></div>
      <div class="form-group"><label class="form-label" for="f-centre">${esc(t('ev.centre'))}</label>
        <select class="form-select" id="f-centre" name="citizenCentre"><option value="">${esc(t('ev.allCentres'))}</option>
        ${centreOptions(ev.citizenCentres, filters.citizenCentre).map((c) => `<option value="${esc(c.value)}"${c.selected ? ' selected' : ''}>${esc(c.value)}</option>`).join('')}</select></div>
      <button type="submit" class="button button-primary" id="ev-apply">${esc(t('ev.apply'))}</button>
    </fieldset></form>
    <p>${esc(t('ev.filterNote'))}</p>
    <p><button type="button" class="button button-secondary" id="ev-csv">${icon('download')}${esc(t('ev.csvAll'))}</button></p>
    <nav aria-label="${esc(t('ev.title'))}"><ul class="ev-toc">${all.map((s) => `<li><a href="#metric-${esc(s.id)}">${esc(s.title)}</a></li>`).join('')}</ul></nav>
    ${all.map(section).join('')}`;
  main.querySelector('#ev-filters').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    for (const k of Object.keys(filters)) {
      filters[k] = String(form.get(k) || '').trim();
    }
    await render(main);
    main.querySelector('#ev-heading').focus();
  });
  for (const b of main.querySelectorAll('[data-csv]')) {
    const s = all.find((x) => x.id === b.dataset.csv);
    b.addEventListener('click', () => saveText(sectionCsv(s), 'evaluering-' + s.id + '.csv'));
  }
  main.querySelector('#ev-csv').addEventListener('click', () => download('/api/evaluation.csv' + filterQuery(filters), 'evaluation.csv'));
}

mountPage({ roles: ['team', 'coordinator', 'finance', 'admin'], titleKey: 'ev.title', render });
