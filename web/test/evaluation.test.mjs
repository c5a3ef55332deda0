import { test } from 'node:test';
import assert from 'node:assert/strict';

globalThis.localStorage = { getItem: () => 'da', setItem: () => {} };
const { t, code } = await import('../src/js/i18n.js');
const { filterQuery, sections, sectionCsv, barsSvg, moneyLeft, reportRows, centreOptions, percent } = await import('../src/js/evaluation-model.js');
const w = { t, code };

const ev = {
  received: 58, receivedByMonth: [{ key: '2026-03', count: 58 }],
  outcomes: { approved: 23, partiallyApproved: 7, rejected: 20, open: 8 },
  rejectionReasons: [{ key: 'R1', count: 5 }, { key: 'R9', count: 1 }],
  repeats: { grants: 30, citizensGranted: 29, repeatGrants: 1, citizensGrantedMoreThanOnce: 1, followOnApplications: 1 },
  uniqueCitizens: { applied: 57, granted: 29, onlyRejected: 20 },
  timeToDecision: { decided: 50, medianDays: 6.5, p90Days: 13, maxDays: 20, breaches: 2, openOverdue: 1, answerDays: 14 },
  followUps: [{ milestone: 'ONE_MONTH', helped: 3, helpedALittle: 1, didNotHelp: 0, due: 2 }, { milestone: 'THREE_MONTHS', helped: 0, helpedALittle: 0, didNotHelp: 0, due: 0 }],
  subGoals: { granted: 30, withStartAndTarget: 4, meanStart: 3.25, meanTarget: 7, meanStep: 3.75, answeredHelped: 2 },
  subGoalProgress: {
    milestones: [{ milestone: 'ONE_MONTH', answered: 3, reachedTarget: 0, shareReachedTarget: 0, medianProgress: 0 },
      { milestone: 'THREE_MONTHS', answered: 3, reachedTarget: 2, shareReachedTarget: 2 / 3, medianProgress: 1 }],
    followUps: [{ applicationId: 'app-1', milestone: 'ONE_MONTH', start: 3, target: 7, answer: 2, progress: -0.25 },
      { applicationId: 'app-1', milestone: 'THREE_MONTHS', start: 3, target: 7, answer: 8, progress: 1.25 }],
  },
  citizenCentres: ['Borgercenter Vest', 'Borgercenter Midtby'],
  guideCohorts: [{ cohort: 'Hold 2025-2', interested: 19, admitted: 19, certified: 19, stopped: 0 }, { cohort: '-', interested: 2, admitted: 1, certified: 0, stopped: 1 }],
  tasksByType: [{ taskType: 'BUS_TRAINING', requests: 10, matched: 9 }],
  busTraining: { programmes: 9, completed: 4, sessionsPlanned: 54, sessionsHeld: 30 },
};

test('every figure of the evaluation is a section with its definition and table', () => {
  const s = sections(ev, w);
  assert.deepEqual(s.map((x) => x.id), ['received', 'outcomes', 'reasons', 'repeats', 'people', 'time', 'followups', 'subgoals', 'progress', 'progressEach', 'cohorts', 'tasks', 'bus']);
  for (const x of s) {
    assert.ok(x.def.length > 20, x.id + ' has a definition');
    assert.ok(x.rows.every((r) => r.length === x.head.length), x.id + ' rows fit the head');
  }
  const time = s.find((x) => x.id === 'time');
  assert.ok(time.def.includes('14 dage'), 'the promise is the API\'s answer window');
  assert.deepEqual(time.rows.map((r) => r[1]), [50, 6.5, 13, 20, 2, 1]);
  assert.equal(time.chart.reference.value, 14);
  // An unknown reason code is shown as it came (code(), not t()).
  assert.deepEqual(s.find((x) => x.id === 'reasons').rows.map((r) => r[0]), [t('review.reason.R1'), 'R9']);
  assert.deepEqual(s.find((x) => x.id === 'cohorts').chart.bars.map((b) => b.value), [21, 20, 19, 1]);
  assert.equal(s.find((x) => x.id === 'cohorts').rows[1][0], 'Uden hold');
  assert.equal(s.find((x) => x.id === 'subgoals').rows[2][1], 3.3);
});

test('a chart is SVG with a title and a text alternative that says every bar', () => {
  const svg = barsSvg({ bars: [{ label: 'Median <dage>', value: 6.5 }, { label: 'Længste', value: 20 }], reference: { value: 14, label: 'Fristen: 14 dage' } },
    { id: 'c1', title: 'Tid til afgørelse' });
  assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c1-title c1-desc"/);
  assert.match(svg, /<title id="c1-title">Tid til afgørelse<\/title>/);
  assert.match(svg, /<desc id="c1-desc">Median &lt;dage&gt;: 6.5; Længste: 20; Fristen: 14 dage<\/desc>/);
  assert.equal((svg.match(/<rect /g) || []).length, 2);
  assert.match(svg, /<line [^>]*stroke-dasharray/, 'the 14 days drawn as a dashed line');
});

test('a section\'s CSV opens in Danish Excel: BOM, semicolons, decimal comma, formulas guarded', () => {
  const csv = sectionCsv({ head: ['Tal', 'Værdi'], rows: [['Median', 6.5], ['=SUM(A1)', null], ['a;b', 3]] });
  assert.equal(csv, '\uFEFFTal;Værdi\r\nMedian;6,5\r\n\'=SUM(A1);\r\n"a;b";3\r\n');
});

test('the filters become the query, empty ones left out', () => {
  assert.equal(filterQuery({ from: '2026-01-01', to: '', poolId: 'pool-2026', citizenCentre: 'Borgercenter Vest' }),
    '?from=2026-01-01&poolId=pool-2026&citizenCentre=Borgercenter+Vest');
  assert.equal(filterQuery({}), '');
});

test('money left: never more than there is, rounded down to a whole per cent', () => {
  assert.deepEqual(moneyLeft({ totalOre: 50_000_000, availableOre: 49_999_999, pipelineOre: 300_000, pipelineCount: 2 }),
    { totalOre: 50_000_000, leftOre: 49_999_999, usedOre: 1, percentLeft: 99, waitingOre: 300_000, waitingCount: 2 });
  assert.equal(moneyLeft({ totalOre: 100, availableOre: 0 }).percentLeft, 0);
  assert.equal(moneyLeft({ totalOre: 0, availableOre: 0 }).percentLeft, 0);
});

test('the money-left section says it in words and draws the bar as SVG', async () => {
  const { moneyLeftSection } = await import('../src/js/money-left.js');
  const html = moneyLeftSection({ totalOre: 50_000_000, availableOre: 37_500_000, pipelineOre: 0, pipelineCount: 0 }, 'da');
  assert.match(html, /Der er 375\.000 kr\. tilbage af 500\.000 kr\.</);
  assert.match(html, /<svg class="money-bar" role="img"/);
  assert.match(html, /Puljen: 75 % er tilbage/);
  assert.match(html, /width="450"/, 'three quarters of the 600 wide bar');
  assert.match(moneyLeftSection({ totalOre: 100, availableOre: 0 }, 'da'), /Puljen er brugt/);
});

test('the public report shows hidden cells as words, never a number', () => {
  const hidden = { key: 'APPROVED', count: null, mark: 'SMALL' };
  const shown = { key: 'REJECTED', count: 6, mark: 'SHOWN' };
  const report = { minPeople: 5, outcomes: ['APPROVED', 'REJECTED'], suppressedCells: 2,
    byCategory: [{ key: 'TRANSPORT', cells: [hidden, shown], total: { key: 'TOTAL', count: null, mark: 'SECONDARY' } }],
    total: { key: 'TOTAL', cells: [hidden, shown], total: { key: 'TOTAL', count: null, mark: 'SECONDARY' } },
    byReason: [{ key: 'R1', count: null, mark: 'SMALL' }, { key: 'NEW', count: 7, mark: 'SHOWN' }] };
  const { rows, reasons } = reportRows(report, w);
  assert.deepEqual(rows[0].cells.map((c) => c.text), ['Vises ikke', '6', 'Vises ikke']);
  assert.equal(rows[0].cells[2].hidden, 'SECONDARY');
  assert.equal(rows[0].label, 'Transport');
  assert.deepEqual(reasons.map((r) => [r.label, r.cells[0].text]), [[t('review.reason.R1'), 'Vises ikke'], ['NEW', '7']]);
});

test('follow-ups against each sub-goal: the API\'s shares and medians in per cent, each follow-up a row, the target a line', () => {
  const s = sections(ev, w);
  const p = s.find((x) => x.id === 'progress');
  assert.deepEqual(p.rows, [['Efter 1 måned', 3, 0, 0, 0], ['Efter 3 måneder', 3, 2, 67, 100]]);
  assert.ok(p.def.includes('(svar − udgangspunkt) / (mål − udgangspunkt)'), 'the definition says the formula');
  assert.deepEqual(p.chart.bars.map((b) => b.value), [0, 0, 67, 100]);
  assert.equal(p.chart.reference.value, 100);
  const each = s.find((x) => x.id === 'progressEach');
  assert.deepEqual(each.rows, [['app-1', 'Efter 1 måned', 3, 7, 2, -25], ['app-1', 'Efter 3 måneder', 3, 7, 8, 125]]);
  assert.equal(percent(null), null, 'no answers: no share, not 0 %');
  const svg = barsSvg({ bars: [{ label: 'Under start', value: -25 }] }, { id: 'neg', title: 'x' });
  assert.match(svg, /<rect [^>]*width="0"/, 'a progress below the start draws no bar backwards');
  assert.match(svg, /<desc id="neg-desc">Under start: -25<\/desc>/);
});

test('the citizen-centre filter offers the centres in the data, sorted, and keeps a chosen one', () => {
  assert.deepEqual(centreOptions(ev.citizenCentres, ''), [{ value: 'Borgercenter Midtby', selected: false },
    { value: 'Borgercenter Vest', selected: false }]);
  assert.deepEqual(centreOptions(['Borgercenter Vest'], 'Borgercenter Øst').map((c) => [c.value, c.selected]),
    [['Borgercenter Vest', false], ['Borgercenter Øst', true]]);
  assert.deepEqual(centreOptions(undefined, ''), []);
});
