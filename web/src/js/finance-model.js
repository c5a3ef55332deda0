// What the finance page draws from the API's figures that needs no browser: the pool bar's segments and the forecast
// line. Pure functions, tested with node --test.

/** One bar, left to right: disbursed, committed, applied-for-and-waiting (within what is free), free. Sums to total. */
export function barSegments(pool) {
  const waiting = Math.min(Math.max(pool.pipelineOre || 0, 0), Math.max(pool.availableOre, 0));
  return [
    { key: 'disbursed', ore: pool.disbursedOre },
    { key: 'committed', ore: pool.committedOre },
    { key: 'pipeline', ore: waiting },
    { key: 'free', ore: pool.availableOre - waiting },
  ];
}

/** The forecast line: from the last burn-down point to zero at the middle of the run-out month (or none). */
export function forecastLine(burnDown, forecast) {
  if (!forecast || !forecast.runOutMonth || !burnDown.length) {
    return [];
  }
  const last = burnDown[burnDown.length - 1];
  return [{ date: last.date, availableOre: last.availableOre }, { date: forecast.runOutMonth + '-15', availableOre: 0 }];
}

/**
 * What the forecast says, as text keys and their values (worded by the page): the month the money runs out, or that
 * it lasts the pool's window (with what is left at its end), or honestly that there is too little data; then how
 * much data it rests on. minDays: the API's threshold below which no month is forecast.
 */
export function forecastSentences(forecast, minDays = 28) {
  if (!forecast) {
    return [];
  }
  const out = [];
  if (forecast.runOutMonth) {
    out.push({ key: 'fin.forecast.runOut', month: forecast.runOutMonth });
  } else if (forecast.tooLittleData) {
    out.push({ key: 'fin.forecast.tooLittle', days: forecast.basisDays || 0, min: minDays });
  } else {
    out.push({ key: 'fin.forecast.lasts' });
    if (forecast.windowEndMonth && forecast.leftAtWindowEndOre != null) {
      out.push({ key: 'fin.forecast.leftAtEnd', month: forecast.windowEndMonth, leftOre: forecast.leftAtWindowEndOre });
    }
  }
  if (forecast.basisDays) {
    out.push({ key: 'fin.forecast.data', days: forecast.basisDays, months: forecast.basisMonths });
  }
  return out;
}
