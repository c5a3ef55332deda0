// F5: a page never breaks on a code it does not know (a free-text area such as "Aarhus Ø", a status the API adds
// later): it shows the value as it came. code() is the one way a page words a code from the API; each page is checked
// to word every API code through it, as t() throws on an unknown key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

globalThis.localStorage = { getItem: () => 'da', setItem: () => {} };
const { code, t } = await import('../src/js/i18n.js');

const js = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'js');
/** The families of codes that come from the API (or a token) rather than from the page's own constants. */
const FAMILIES = ['area', 'task', 'disability', 'guides.status', 'matchStatus', 'meetingStatus', 'meetingKind', 'support',
  'staffStatus', 'category', 'review.severity', 'review.reason', 'gr.status', 'status', 'alert', 'role'];

test('a known code is worded, an unknown one is shown as it came, and nothing throws', () => {
  assert.equal(code('area', 'Nord'), t('area.Nord'));
  assert.equal(code('area', 'Aarhus Ø'), 'Aarhus Ø');
  assert.equal(code('guides.status', 'ON_LEAVE'), 'ON_LEAVE');
  assert.equal(code('task', undefined), '');
  assert.equal(code('alert', 'NEW_KIND', { guide: 'Ida' }), 'NEW_KIND');
  assert.throws(() => t('area.Aarhus Ø'), /No text/, 't() itself still refuses a key it lacks');
});

const pages = [...readdirSync(join(js, 'pages')).map((f) => join('pages', f)), 'meetings.js', 'layout.js'];
for (const page of pages) {
  test(`${page}: every code from the API is worded by code(), so an unknown one cannot break the page`, () => {
    const source = readFileSync(join(js, page), 'utf8');
    const unsafe = FAMILIES.flatMap((f) => [...source.matchAll(new RegExp(`\\bt\\('${f.replace('.', '\\.')}\\.' \\+`, 'g'))]
      .map(() => f));
    assert.deepEqual(unsafe, [], `${page} words codes of ${unsafe.join(', ')} with t(), which throws on an unknown one`);
  });
}
