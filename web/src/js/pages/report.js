// The public decisions report (no sign-in): decisions by category and outcome, rejections by reason, every figure
// about fewer than five people hidden, and said so; the CSV beside it.
import { mountPage, esc, icon } from '../layout.js';
import { t, code } from '../i18n.js';
import { get } from '../api.js';
import { reportRows } from '../evaluation-model.js';

async function render(main) {
  const report = await get('/api/public/decisions-report');
  const { rows, reasons } = reportRows(report, { t, code });
  const cell = (c) => `<td class="text-right${c.hidden ? ' rep-hidden' : ''}"${c.hidden ? ` data-mark="${esc(c.hidden)}"` : ''}>${esc(c.text)}</td>`;
  const heads = [...report.outcomes.map((o) => t('ev.o.' + { APPROVED: 'approved', PARTIALLY_APPROVED: 'partial', REJECTED: 'rejected' }[o])), t('rep.total')];
  main.innerHTML = `<h1 tabindex="-1">${esc(t('rep.title'))}</h1>
    <p class="font-lead">${esc(t('rep.lead', { min: report.minPeople }))}</p>
    <p id="rep-note">${esc(report.suppressedCells ? t('rep.hiddenNote', { n: report.suppressedCells, min: report.minPeople }) : t('rep.noneHidden'))}</p>
    <section aria-labelledby="rep-cat"><h2 id="rep-cat">${esc(t('rep.byCategory'))}</h2>
      <table class="table table--compact" id="rep-table"><caption class="sr-only">${esc(t('rep.byCategory'))}</caption>
      <thead><tr><th scope="col">${esc(t('rep.col.category'))}</th>${heads.map((h) => `<th scope="col" class="text-right">${esc(h)}</th>`).join('')}</tr></thead>
      <tbody>${rows.map((r) => `<tr${r.total ? ' class="rep-total"' : ''}><th scope="row">${esc(r.label)}</th>${r.cells.map(cell).join('')}</tr>`).join('')}</tbody></table>
    </section>
    <section aria-labelledby="rep-reason"><h2 id="rep-reason">${esc(t('rep.byReason'))}</h2>
      ${reasons.length ? `<table class="table table--compact" id="rep-reasons"><caption class="sr-only">${esc(t('rep.byReason'))}</caption>
      <thead><tr><th scope="col">${esc(t('ev.col.reason'))}</th><th scope="col" class="text-right">${esc(t('ev.col.count'))}</th></tr></thead>
      <tbody>${reasons.map((r) => `<tr><th scope="row">${esc(r.label)}</th>${r.cells.map(cell).join('')}</tr>`).join('')}</tbody></table>`
        : `<p>${esc(t('rep.noReasons'))}</p>`}
    </section>
    <p><a class="button button-secondary" href="/api/public/decisions-report.csv" download>${icon('download')}${esc(t('rep.csv'))}</a></p>`;
}

mountPage({ titleKey: 'rep.title', render });
