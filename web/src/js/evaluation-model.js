// What the management view draws from the API's evaluation, and the public report's cells, with no browser: the
// sections (each a definition, a table, a chart's bars and its CSV), the bar chart as accessible SVG, the filter's
// query and the money-left bar. Pure functions, tested with node --test. Words come in as w = { t, code }.

/** The query string of the filters (empty ones left out). */
export function filterQuery(f) {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'poolId', 'citizenCentre']) {
    if (f[k]) {
      q.set(k, f[k]);
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** The citizen-centre filter's choices: the centres in the data (the API's), and the chosen one even if it has none. */
export function centreOptions(centres, chosen) {
  const all = [...new Set([...(centres || []), ...(chosen ? [chosen] : [])])];
  return all.sort((a, b) => a.localeCompare(b, 'da')).map((c) => ({ value: c, selected: c === chosen }));
}

const n = (v) => (v === null || v === undefined ? null : v);

/** Every figure of the evaluation as sections: { id, title, def, head, rows, chart? }. Labels already worded. */
export function sections(ev, w) {
  const { t, code } = w;
  const o = ev.outcomes;
  const times = ev.timeToDecision;
  const out = [
    { id: 'received', title: t('ev.received'), def: t('ev.received.def'), head: [t('ev.col.month'), t('ev.col.count')],
      rows: [[t('ev.total'), ev.received], ...ev.receivedByMonth.map((c) => [c.key, c.count])],
      chart: { bars: ev.receivedByMonth.map((c) => ({ label: c.key, value: c.count })) } },
    { id: 'outcomes', title: t('ev.outcomes'), def: t('ev.outcomes.def'), head: [t('ev.col.outcome'), t('ev.col.count')],
      rows: [[t('ev.o.approved'), o.approved], [t('ev.o.partial'), o.partiallyApproved], [t('ev.o.rejected'), o.rejected], [t('ev.o.open'), o.open]] },
    { id: 'reasons', title: t('ev.reasons'), def: t('ev.reasons.def'), head: [t('ev.col.reason'), t('ev.col.count')],
      rows: ev.rejectionReasons.map((c) => [code('review.reason', c.key), c.count]) },
    { id: 'repeats', title: t('ev.repeats'), def: t('ev.repeats.def'), head: [t('ev.col.figure'), t('ev.col.count')],
      rows: [[t('ev.r.grants'), ev.repeats.grants], [t('ev.r.citizensGranted'), ev.repeats.citizensGranted],
        [t('ev.r.repeatGrants'), ev.repeats.repeatGrants], [t('ev.r.moreThanOnce'), ev.repeats.citizensGrantedMoreThanOnce],
        [t('ev.r.followOn'), ev.repeats.followOnApplications]] },
    { id: 'people', title: t('ev.people'), def: t('ev.people.def'), head: [t('ev.col.figure'), t('ev.col.people')],
      rows: [[t('ev.p.applied'), ev.uniqueCitizens.applied], [t('ev.p.granted'), ev.uniqueCitizens.granted],
        [t('ev.p.onlyRejected'), ev.uniqueCitizens.onlyRejected]] },
    { id: 'time', title: t('ev.time'), def: t('ev.time.def', { days: times.answerDays }), head: [t('ev.col.figure'), t('ev.col.value')],
      rows: [[t('ev.t.decided'), times.decided], [t('ev.t.median'), n(times.medianDays)], [t('ev.t.p90'), n(times.p90Days)],
        [t('ev.t.max'), times.maxDays], [t('ev.t.breaches'), times.breaches], [t('ev.t.openOverdue'), times.openOverdue]],
      chart: { bars: [{ label: t('ev.t.median'), value: times.medianDays || 0 }, { label: t('ev.t.p90'), value: times.p90Days || 0 },
        { label: t('ev.t.max'), value: times.maxDays || 0 }], reference: { value: times.answerDays, label: t('ev.t.window', { days: times.answerDays }) } } },
    { id: 'followups', title: t('ev.followUps'), def: t('ev.followUps.def'),
      head: [t('ev.col.milestone'), t('ev.f.helped'), t('ev.f.little'), t('ev.f.no'), t('ev.f.due')],
      rows: ev.followUps.map((f) => [milestoneLabel(t, f.milestone), f.helped, f.helpedALittle, f.didNotHelp, f.due]) },
    { id: 'subgoals', title: t('ev.subGoals'), def: t('ev.subGoals.def'), head: [t('ev.col.figure'), t('ev.col.value')],
      rows: [[t('ev.s.granted'), ev.subGoals.granted], [t('ev.s.with'), ev.subGoals.withStartAndTarget],
        [t('ev.s.start'), round(ev.subGoals.meanStart)], [t('ev.s.target'), round(ev.subGoals.meanTarget)],
        [t('ev.s.step'), round(ev.subGoals.meanStep)], [t('ev.s.helped'), ev.subGoals.answeredHelped]] },
    progressSection(ev.subGoalProgress, w),
    progressEachSection(ev.subGoalProgress, w),
    { id: 'cohorts', title: t('ev.cohorts'), def: t('ev.cohorts.def'),
      head: [t('ev.col.cohort'), t('ev.c.interested'), t('ev.c.admitted'), t('ev.c.certified'), t('ev.c.stopped')],
      rows: ev.guideCohorts.map((c) => [c.cohort === '-' ? t('ev.c.none') : c.cohort, c.interested, c.admitted, c.certified, c.stopped]),
      chart: { bars: ['interested', 'admitted', 'certified', 'stopped'].map((k) => ({ label: t('ev.c.' + k),
        value: ev.guideCohorts.reduce((s, c) => s + c[k], 0) })) } },
    { id: 'tasks', title: t('ev.tasks'), def: t('ev.tasks.def'), head: [t('ev.col.task'), t('ev.k.requests'), t('ev.k.matched')],
      rows: ev.tasksByType.map((c) => [code('task', c.taskType), c.requests, c.matched]),
      chart: { bars: ev.tasksByType.map((c) => ({ label: code('task', c.taskType), value: c.requests })) } },
    { id: 'bus', title: t('ev.bus'), def: t('ev.bus.def'), head: [t('ev.col.figure'), t('ev.col.count')],
      rows: [[t('ev.b.programmes'), ev.busTraining.programmes], [t('ev.b.completed'), ev.busTraining.completed],
        [t('ev.b.planned'), ev.busTraining.sessionsPlanned], [t('ev.b.held'), ev.busTraining.sessionsHeld]] },
  ];
  out[1].chart = { bars: out[1].rows.map(([label, value]) => ({ label, value })) };
  out[2].chart = { bars: out[2].rows.map(([label, value]) => ({ label, value })) };
  return out;
}

const milestoneLabel = (t, m) => t('ev.m.' + (m === 'ONE_MONTH' ? 'one' : 'three'));
const months = (m) => (m === 'ONE_MONTH' ? 1 : 3);

/** A share or a progress (1 = the target) as a whole per cent; null stays null (no answers to count). */
export function percent(v) {
  return v === null || v === undefined ? null : Math.round(v * 100);
}

/**
 * Follow-ups against each grant's own sub-goal: per milestone how many ruler answers count, how many reached the
 * target and their share, the median progress; the chart draws the shares and medians against the target (100 %).
 */
function progressSection(p, { t }) {
  const ms = p.milestones;
  return { id: 'progress', title: t('ev.progress'), def: t('ev.progress.def'),
    head: [t('ev.col.milestone'), t('ev.g.answered'), t('ev.g.reached'), t('ev.g.share'), t('ev.g.median')],
    rows: ms.map((m) => [milestoneLabel(t, m.milestone), m.answered, m.reachedTarget, percent(m.shareReachedTarget), percent(m.medianProgress)]),
    chart: { bars: ms.flatMap((m) => [
      { label: t('ev.g.shareAt', { n: months(m.milestone) }), value: percent(m.shareReachedTarget) || 0 },
      { label: t('ev.g.medianAt', { n: months(m.milestone) }), value: percent(m.medianProgress) || 0 }]),
    reference: { value: 100, label: t('ev.g.targetLine') } } };
}

/** Every counted follow-up: the grant's application id, its start, target and answer, and its progress in per cent. */
function progressEachSection(p, { t }) {
  return { id: 'progressEach', title: t('ev.progressEach'), def: t('ev.progressEach.def'),
    head: [t('ev.col.application'), t('ev.col.milestone'), t('ev.g.start'), t('ev.g.target'), t('ev.g.answer'), t('ev.g.progress')],
    rows: p.followUps.map((i) => [i.applicationId, milestoneLabel(t, i.milestone), i.start, i.target, i.answer, percent(i.progress)]) };
}

function round(v) {
  return v === null || v === undefined ? null : Math.round(v * 10) / 10;
}

/** A section's table as CSV (semicolons, so Danish Excel opens it; a BOM for its UTF-8). */
export function sectionCsv(section) {
  const cell = (v) => {
    if (v === null || v === undefined) {
      return '';
    }
    if (typeof v === 'number') {
      return String(v).replace('.', ',');
    }
    const s = /^[=+\-@\t\r]/.test(String(v)) ? "'" + v : String(v);
    return /[;"\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  return '\uFEFF' + [section.head, ...section.rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

function xml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/**
 * A horizontal bar chart as SVG: role="img" with a title and a text alternative (desc) that says every bar, so a
 * screen reader gets the figures without the picture; the table beside it has them too. Values as text on each bar.
 */
export function barsSvg(chart, { id, title, fmt = String }) {
  const bars = chart.bars || [];
  const max = Math.max(1, ...bars.map((b) => b.value || 0), chart.reference ? chart.reference.value : 0);
  const rowH = 28;
  const labelW = 190;
  const width = 640;
  const plot = width - labelW - 60;
  const height = Math.max(1, bars.length) * rowH + (chart.reference ? 24 : 8);
  const desc = bars.map((b) => `${b.label}: ${fmt(b.value)}`).join('; ') + (chart.reference ? `; ${chart.reference.label}` : '');
  const rows = bars.map((b, i) => {
    const y = i * rowH + 4;
    const w = Math.max(0, Math.round((b.value || 0) / max * plot));
    return `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" font-size="14">${xml(b.label)}</text>`
      + `<rect x="${labelW}" y="${y}" width="${w}" height="${rowH - 8}" fill="#1b3a57"></rect>`
      + `<text x="${labelW + w + 6}" y="${y + 17}" font-size="14">${xml(fmt(b.value))}</text>`;
  }).join('');
  let ref = '';
  if (chart.reference) {
    const x = labelW + Math.round(chart.reference.value / max * plot);
    ref = `<line x1="${x}" x2="${x}" y1="0" y2="${height - 18}" stroke="#b00020" stroke-width="2" stroke-dasharray="6 4"></line>`
      + `<text x="${x}" y="${height - 4}" text-anchor="middle" font-size="13" fill="#b00020">${xml(chart.reference.label)}</text>`;
  }
  return `<svg class="ev-chart" id="${xml(id)}" role="img" aria-labelledby="${xml(id)}-title ${xml(id)}-desc" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">`
    + `<title id="${xml(id)}-title">${xml(title)}</title><desc id="${xml(id)}-desc">${xml(desc)}</desc>${rows}${ref}</svg>`;
}

/**
 * The money left in a pool for everyone: the share free (not granted, not paid out) of the total, rounded down to a
 * whole per cent so it never shows more than there is; the waiting applications beside it.
 */
export function moneyLeft(pool) {
  const total = Math.max(0, pool.totalOre || 0);
  const left = Math.max(0, Math.min(total, pool.availableOre || 0));
  return { totalOre: total, leftOre: left, usedOre: total - left, percentLeft: total ? Math.floor(left * 100 / total) : 0,
    waitingOre: Math.max(0, pool.pipelineOre || 0), waitingCount: pool.pipelineCount || 0 };
}

/** The public report's rows for a table: each cell a number, or the word for "hidden" (and why). */
export function reportRows(report, w) {
  const { t, code } = w;
  const cell = (c) => (c.count === null || c.count === undefined ? { text: t('rep.hidden'), hidden: c.mark } : { text: String(c.count) });
  const rows = report.byCategory.map((r) => ({ label: code('category', r.key), cells: [...r.cells.map(cell), cell(r.total)] }));
  rows.push({ label: t('rep.total'), cells: [...report.total.cells.map(cell), cell(report.total.total)], total: true });
  const reasons = report.byReason.map((c) => ({ label: code('review.reason', c.key), cells: [cell(c)] }));
  return { rows, reasons };
}
