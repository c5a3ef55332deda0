import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kr, parseKr, krInput, date, month, todayIso, parseDateParts } from '../src/js/format.js';

test('kroner are shown the Danish or the English way', () => {
  assert.equal(kr(1_200_000), '12.000 kr.');
  assert.equal(kr(120_050, 'en'), 'DKK 1,200.50');
  assert.equal(kr(null), '–');
});

test('typed kroner become øre, and what is not a number is refused', () => {
  assert.equal(parseKr('1200'), 120_000);
  assert.equal(parseKr('1.200'), 120_000);
  assert.equal(parseKr('1.200,50'), 120_050);
  assert.equal(parseKr('1,200.50'), 120_050);
  assert.equal(parseKr('12,5'), 1_250);
  assert.equal(parseKr('4500 kr.'), 450_000);
  assert.equal(parseKr('85 000'), 8_500_000);
  assert.equal(parseKr('abc'), null);
  assert.equal(parseKr('1,2,3,4'), null);
  assert.equal(parseKr(''), null);
  assert.equal(krInput(120_050), '1200,50');
  assert.equal(krInput(120_000, 'en'), '1200');
});

test('dates and months read as words', () => {
  assert.equal(date('2026-12-07'), '7. december 2026');
  assert.equal(date('2026-12-07T10:00:00Z', 'en'), '7 December 2026');
  assert.equal(month('2026-11'), 'november 2026');
  assert.equal(todayIso(new Date('2026-11-23T23:30:00Z')), '2026-11-24', 'due dates are Copenhagen dates');
});

test('a date typed as day, month and year is a real date, empty, or refused', () => {
  assert.equal(parseDateParts({ d: '4', m: '3', y: '2002' }), '2002-03-04');
  assert.equal(parseDateParts({ d: ' 28 ', m: '02', y: '2001' }), '2001-02-28');
  assert.equal(parseDateParts({ d: '', m: '', y: '' }), '');
  assert.equal(parseDateParts({ d: '31', m: '2', y: '2001' }), null, 'no 31 February');
  assert.equal(parseDateParts({ d: '4', m: '3', y: '02' }), null, 'the year in four digits');
  assert.equal(parseDateParts({ d: '4', m: '', y: '2002' }), null, 'a part missing');
});
