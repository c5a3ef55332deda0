// Finance figures that need no browser: the pool bar's segments, figures from the ledger (while the API's figures
// endpoint is not there yet), the forecast line, CSV. Pure functions, tested with node --test.

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

const EFFECT = { COMMIT: -1, RELEASE: 1, DISBURSE: 0, RETURN: 1 };

function add(map, key, field, ore) {
  const k = key || '–';
  const row = map.get(k) || { key: k, committedOre: 0, disbursedOre: 0, count: 0 };
  row[field] += ore;
  if (field === 'committedOre' && ore > 0) {
    row.count += 1;
  }
  map.set(k, row);
}

/** The figures the API's GET /api/pools/{id}/figures gives, as far as the ledger alone can tell (no forecast). */
export function figuresFromLedger(pool, ledger) {
  const byCategory = new Map();
  const byMonth = new Map();
  const byCentre = new Map();
  const grants = [];
  const entries = [...ledger].sort((a, b) => String(a.at).localeCompare(String(b.at)));
  let available = pool.totalOre;
  const burn = new Map();
  burn.set(String(pool.windowFrom || (entries[0] && String(entries[0].at).slice(0, 10)) || ''), available);
  for (const e of entries) {
    const month = String(e.at).slice(0, 7);
    if (e.type === 'COMMIT' || e.type === 'RELEASE') {
      const ore = e.type === 'COMMIT' ? e.amountOre : -e.amountOre;
      add(byCategory, e.category, 'committedOre', ore);
      add(byMonth, month, 'committedOre', ore);
      add(byCentre, e.citizenCentre, 'committedOre', ore);
      if (e.type === 'COMMIT') {
        grants.push(e.amountOre);
      }
    } else if (e.type === 'DISBURSE') {
      add(byCategory, e.category, 'disbursedOre', e.amountOre);
      add(byMonth, month, 'disbursedOre', e.amountOre);
      add(byCentre, e.citizenCentre, 'disbursedOre', e.amountOre);
    }
    available += (EFFECT[e.type] || 0) * e.amountOre;
    burn.set(String(e.at).slice(0, 10), available);
  }
  grants.sort((a, b) => a - b);
  const median = grants.length ? (grants.length % 2 ? grants[(grants.length - 1) / 2]
    : Math.round((grants[grants.length / 2 - 1] + grants[grants.length / 2]) / 2)) : null;
  const sortByKey = (m) => [...m.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return {
    totalOre: pool.totalOre, availableOre: pool.availableOre, committedOre: pool.committedOre,
    disbursedOre: pool.disbursedOre, pipelineOre: pool.pipelineOre,
    byCategory: sortByKey(byCategory), byMonth: sortByKey(byMonth), byCitizenCentre: sortByKey(byCentre),
    grants: { count: grants.length, minOre: grants[0] ?? null, medianOre: median, maxOre: grants[grants.length - 1] ?? null },
    burnDown: [...burn.entries()].filter(([d]) => d).map(([date, availableOre]) => ({ date, availableOre })),
    forecast: null,
  };
}

/** The forecast line: from the last burn-down point to zero at the middle of the run-out month (or none). */
export function forecastLine(burnDown, forecast) {
  if (!forecast || !forecast.runOutMonth || !burnDown.length) {
    return [];
  }
  const last = burnDown[burnDown.length - 1];
  return [{ date: last.date, availableOre: last.availableOre }, { date: forecast.runOutMonth + '-15', availableOre: 0 }];
}

/** RFC 4180 CSV with a header row; semicolons would suit Danish Excel, but commas are what the API's CSV uses. */
export function toCsv(columns, rows) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? '"' + (/^[=+\-@]/.test(s) ? "'" : '') + s.replace(/"/g, '""') + '"' : s;
  };
  return [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
