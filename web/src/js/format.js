// Money and dates as people read them. Money travels in øre (integers) and is shown in kroner.

export function kr(ore, l = 'da') {
  if (ore === null || ore === undefined || Number.isNaN(Number(ore))) {
    return '–';
  }
  const value = Number(ore) / 100;
  const whole = Number.isInteger(value);
  const n = new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
  return l === 'en' ? 'DKK ' + n : n + ' kr.';
}

/**
 * Kroner typed by a person into øre, or null when it is not a number. Danish writes 1.200,50 and English 1,200.50;
 * a lone separator followed by exactly three digits is read as thousands ("1.200" or "1,200"), otherwise as decimals.
 */
export function parseKr(text) {
  if (text === null || text === undefined) {
    return null;
  }
  let s = String(text).trim().replace(/\s|kr\.?|dkk/gi, '');
  if (!s || !/^[0-9.,]+$/.test(s)) {
    return null;
  }
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalSep = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSep = lastDot > lastComma ? '.' : ',';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const tail = parts[parts.length - 1];
    decimalSep = parts.length === 2 && tail.length !== 3 ? sep : null;
  }
  const thousandsSep = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : null;
  // Thousands groups after the first have exactly three digits: "1,2,3,4" is not a number.
  const wholePart = decimalSep ? s.slice(0, s.lastIndexOf(decimalSep)) : s;
  const groups = wholePart.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) {
    return null;
  }
  if (thousandsSep) {
    s = s.split(thousandsSep).join('');
  } else if (!decimalSep) {
    s = s.replace(/[.,]/g, '');
  }
  if (decimalSep) {
    const [whole, frac = ''] = s.split(decimalSep);
    if (frac.length > 2 || s.split(decimalSep).length > 2) {
      return null;
    }
    return Number(whole || '0') * 100 + Number((frac + '00').slice(0, 2));
  }
  return Number(s) * 100;
}

/** Kroner for an input field, from øre: "1200" or "1200,50" (da) / "1200.50" (en). */
export function krInput(ore, l = 'da') {
  if (ore === null || ore === undefined) {
    return '';
  }
  const whole = Math.trunc(ore / 100);
  const frac = Math.abs(ore % 100);
  return frac === 0 ? String(whole) : whole + (l === 'en' ? '.' : ',') + String(frac).padStart(2, '0');
}

/**
 * A date typed as day, month and year ({d, m, y}, the three-field date input): "YYYY-MM-DD", "" when all three are
 * empty, or null when it is not a real date (31 February, a two-digit year).
 */
/**
 * Why typed date parts are not a date: 'format' (not day, month and year in numbers) or 'noSuchDay' (numbers, but
 * no such day, like 31/2/2000); null when they are a date or empty.
 */
export function dateProblem({ d = '', m = '', y = '' } = {}) {
  [d, m, y] = [d, m, y].map((x) => String(x ?? '').trim());
  if (!d && !m && !y) {
    return null;
  }
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return 'format';
  }
  return parseDateParts({ d, m, y }) === null ? 'noSuchDay' : null;
}

/** Whole years from an ISO birth date to an ISO day. */
export function ageOn(birthIso, dayIso) {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const [y, m, d] = dayIso.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function parseDateParts({ d = '', m = '', y = '' } = {}) {
  [d, m, y] = [d, m, y].map((x) => String(x ?? '').trim());
  if (!d && !m && !y) {
    return '';
  }
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) {
    return null;
  }
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(iso + 'T00:00:00Z');
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "2026-12-07" → "7. december 2026" (da) or "7 December 2026" (en). */
export function date(iso, l = 'da') {
  if (!iso) {
    return '–';
  }
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) {
    return String(iso);
  }
  return l === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d}. ${MONTHS_DA[m - 1]} ${y}`;
}

/** A local date-time "2026-12-03T10:00:00" → "3. december 2026 kl. 10.00" (da) or "3 December 2026 at 10:00" (en). */
export function dateTime(local, l = 'da') {
  if (!local) {
    return '–';
  }
  const time = String(local).slice(11, 16);
  if (!/^\d{2}:\d{2}$/.test(time)) {
    return date(local, l);
  }
  return l === 'en' ? `${date(local, l)} at ${time}` : `${date(local, l)} kl. ${time.replace(':', '.')}`;
}

/** "2026-11" → "november 2026" / "November 2026". */
export function month(key, l = 'da') {
  const [y, m] = String(key).split('-').map(Number);
  if (!y || !m) {
    return String(key);
  }
  return (l === 'en' ? MONTHS_EN : MONTHS_DA)[m - 1] + ' ' + y;
}

/** Today's date in Copenhagen as YYYY-MM-DD (due dates are Copenhagen dates). */
export function todayIso(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}
