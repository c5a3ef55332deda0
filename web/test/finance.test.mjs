import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barSegments, figuresFromLedger, forecastLine, toCsv } from '../src/js/finance-model.js';

const pool = { id: 'p', totalOre: 50_000_000, availableOre: 48_000_000, committedOre: 1_500_000, disbursedOre: 500_000,
  pipelineOre: 700_000, windowFrom: '2026-01-01' };

test('the one bar adds up to the total, the pipeline inside what is free', () => {
  const segs = barSegments(pool);
  assert.equal(segs.reduce((s, x) => s + x.ore, 0), pool.totalOre);
  assert.deepEqual(segs.map((s) => s.key), ['disbursed', 'committed', 'pipeline', 'free']);
  const short = barSegments({ ...pool, pipelineOre: 90_000_000 });
  assert.equal(short.find((s) => s.key === 'pipeline').ore, pool.availableOre);
  assert.equal(short.find((s) => s.key === 'free').ore, 0);
});

test('figures from the ledger: commitments by category, month and centre; burn-down; grant sizes', () => {
  const ledger = [
    { type: 'COMMIT', amountOre: 1_200_000, category: 'TRANSPORT', citizenCentre: 'Nord', at: '2026-11-02T10:00:00Z' },
    { type: 'COMMIT', amountOre: 450_000, category: 'ACTIVITIES', citizenCentre: 'Syd', at: '2026-11-20T10:00:00Z' },
    { type: 'RELEASE', amountOre: 150_000, category: 'ACTIVITIES', citizenCentre: 'Syd', at: '2026-12-01T10:00:00Z' },
    { type: 'DISBURSE', amountOre: 500_000, category: 'TRANSPORT', citizenCentre: 'Nord', at: '2026-12-03T10:00:00Z' },
  ];
  const f = figuresFromLedger(pool, ledger);
  assert.deepEqual(f.byCategory.map((r) => [r.key, r.committedOre, r.disbursedOre, r.count]),
    [['ACTIVITIES', 300_000, 0, 1], ['TRANSPORT', 1_200_000, 500_000, 1]]);
  assert.deepEqual(f.byMonth.map((r) => r.key), ['2026-11', '2026-12']);
  assert.deepEqual(f.byCitizenCentre.map((r) => r.key), ['Nord', 'Syd']);
  assert.deepEqual(f.burnDown.map((p) => p.availableOre), [50_000_000, 48_800_000, 48_350_000, 48_500_000, 48_500_000]);
  assert.deepEqual(f.grants, { count: 2, minOre: 450_000, medianOre: 825_000, maxOre: 1_200_000 });
  assert.equal(f.forecast, null);
});

test('the forecast line runs from the last point to zero in the run-out month', () => {
  const burn = [{ date: '2026-11-01', availableOre: 10 }, { date: '2026-12-01', availableOre: 5 }];
  assert.deepEqual(forecastLine(burn, { runOutMonth: '2027-03' }), [{ date: '2026-12-01', availableOre: 5 }, { date: '2027-03-15', availableOre: 0 }]);
  assert.deepEqual(forecastLine(burn, { runOutMonth: null }), []);
  assert.deepEqual(forecastLine(burn, null), []);
});

test('CSV quotes what needs quoting and defuses spreadsheet formulas', () => {
  const csv = toCsv(['a', 'b'], [{ a: 'x,y', b: '=SUM(A1)' }, { a: 'say "hi"', b: 3 }]);
  assert.equal(csv, 'a,b\r\n"x,y","\'=SUM(A1)"\r\n"say ""hi""",3\r\n');
});
