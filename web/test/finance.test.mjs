import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barSegments, forecastLine } from '../src/js/finance-model.js';

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

test('the forecast line runs from the last point to zero in the run-out month', () => {
  const burn = [{ date: '2026-11-01', availableOre: 10 }, { date: '2026-12-01', availableOre: 5 }];
  assert.deepEqual(forecastLine(burn, { runOutMonth: '2027-03' }), [{ date: '2026-12-01', availableOre: 5 }, { date: '2027-03-15', availableOre: 0 }]);
  assert.deepEqual(forecastLine(burn, { runOutMonth: null }), []);
  assert.deepEqual(forecastLine(burn, null), []);
});

test('the forecast says the month, or that it lasts the window and what is left, or that there is too little data', async () => {
  const { forecastSentences } = await import('../src/js/finance-model.js');
  assert.deepEqual(forecastSentences({ runOutMonth: '2027-03', basisDays: 90, basisMonths: 3 }).map((x) => x.key),
    ['fin.forecast.runOut', 'fin.forecast.data']);
  const lasts = forecastSentences({ runOutMonth: null, tooLittleData: false, basisDays: 90, basisMonths: 3,
    windowEndMonth: '2027-12', leftAtWindowEndOre: 1_000_000 });
  assert.deepEqual(lasts.map((x) => x.key), ['fin.forecast.lasts', 'fin.forecast.leftAtEnd', 'fin.forecast.data']);
  assert.equal(lasts[1].leftOre, 1_000_000);
  const little = forecastSentences({ runOutMonth: null, tooLittleData: true, basisDays: 1, basisMonths: 1 });
  assert.deepEqual(little.map((x) => x.key), ['fin.forecast.tooLittle', 'fin.forecast.data']);
  assert.equal(little[0].days, 1);
  assert.deepEqual(forecastSentences({ runOutMonth: null, tooLittleData: true, basisDays: 0 }).map((x) => x.key), ['fin.forecast.tooLittle']);
});
