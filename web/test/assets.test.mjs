// What the built pages load is there: every file DKFDS's stylesheet points at (the tick of a ticked check box, the
// chevrons), the favicon every page names, and every stylesheet and script the pages name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

test("every url() of DKFDS's stylesheet is a file in the build (no 404 for check-white.svg or the chevrons)", () => {
  const cssFile = join(dist, 'vendor/dkfds/css/dkfds-borgerdk.min.css');
  const css = readFileSync(cssFile, 'utf8');
  const missing = [...css.matchAll(/url\(([^)#?"']+)\)/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'))
    .filter((u) => !existsSync(resolve(dirname(cssFile), u)));
  assert.deepEqual(missing.filter((u) => u.includes('svg-icons')), []);
  assert.ok(existsSync(join(dist, 'vendor/dkfds/img/svg-icons/check-white.svg')));
  assert.ok(existsSync(join(dist, 'vendor/dkfds/img/svg-icons/chevron-down.svg')));
});

test('every page names the favicon, and what it names is there', () => {
  for (const page of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, page), 'utf8');
    assert.match(html, /<link rel="icon" href="\/favicon.svg"/, page);
    for (const [, href] of html.matchAll(/(?:href|src)="(\/[^"]+)"/g)) {
      assert.ok(existsSync(join(dist, href)), `${page} names ${href}`);
    }
  }
});
