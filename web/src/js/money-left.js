// "Money left in the pot" for citizens, contact persons and the team: one bar, in easy-read words beside it. The bar
// is SVG (sizes are attributes, which the pages' style policy allows), with its words as its text alternative.
import { esc } from './layout.js';
import { t } from './i18n.js';
import { kr } from './format.js';
import { moneyLeft } from './evaluation-model.js';

/** The section for one pool (as GET /api/pools gives it); l: the language. */
export function moneyLeftSection(pool, l) {
  const m = moneyLeft(pool);
  const params = { left: kr(m.leftOre, l), total: kr(m.totalOre, l), percent: m.percentLeft };
  const width = 600;
  const leftW = Math.round(width * m.percentLeft / 100);
  return `<section class="money-left" aria-labelledby="money-left-title" id="money-left">
    <h2 class="h3" id="money-left-title">${esc(t('money.title'))}</h2>
    <svg class="money-bar" role="img" aria-labelledby="money-bar-desc" viewBox="0 0 ${width} 40" width="100%" preserveAspectRatio="none">
      <title id="money-bar-desc">${esc(t('money.label', params))}</title>
      <rect x="0" y="0" width="${width}" height="40" fill="#ffffff" stroke="#1a1a1a" stroke-width="2"></rect>
      <rect x="0" y="0" width="${leftW}" height="40" fill="#2e7d32"></rect>
    </svg>
    <p class="money-text" id="money-left-text">${esc(m.leftOre > 0 ? t('money.text', params) : t('money.empty'))}</p>
    ${m.waitingCount ? `<p class="money-waiting">${esc(t('money.waiting', { count: m.waitingCount, waiting: kr(m.waitingOre, l) }))}</p>` : ''}
  </section>`;
}
