// Builds web/dist: our pages from src/ plus the few vendor files they use. No bundler: the pages are plain HTML and
// ES modules, so what is in src/ is what the browser runs (easy to read, nothing to source-map).
import { cpSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const fds = join(here, 'node_modules/dkfds/dist');
const chart = join(here, 'node_modules/chart.js/dist');
const oidc = join(here, 'node_modules/oidc-client-ts');

function copy(from, to) {
  if (!existsSync(from)) {
    throw new Error(`Missing ${from}: run npm ci first`);
  }
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

rmSync(dist, { recursive: true, force: true });
copy(join(here, 'src'), dist);
// The borger.dk theme of Det Fælles Designsystem: citizens meet what they know from borger.dk.
copy(join(fds, 'css/dkfds-borgerdk.min.css'), join(dist, 'vendor/dkfds/css/dkfds-borgerdk.min.css'));
// Only the web font formats browsers of today pick (woff2, then woff); the CSS lists the others after them.
copy(join(fds, 'fonts/IBMPlexSans/complete/woff2'), join(dist, 'vendor/dkfds/fonts/IBMPlexSans/complete/woff2'));
copy(join(fds, 'fonts/IBMPlexSans/complete/woff'), join(dist, 'vendor/dkfds/fonts/IBMPlexSans/complete/woff'));
copy(join(fds, 'img/all-svg-icons.svg'), join(dist, 'vendor/dkfds/img/all-svg-icons.svg'));
// The icons DKFDS's CSS draws itself (the tick in a ticked check box, the chevrons ...): each one it names, no more.
const css = readFileSync(join(fds, 'css/dkfds-borgerdk.min.css'), 'utf8');
for (const [, icon] of css.matchAll(/url\(\.\.\/img\/svg-icons\/([\w-]+\.svg)\)/g)) {
  copy(join(fds, 'img/svg-icons', icon), join(dist, 'vendor/dkfds/img/svg-icons', icon));
}
copy(join(fds, 'img/logo-borgerdk.svg'), join(dist, 'vendor/dkfds/img/logo-borgerdk.svg'));
copy(join(chart, 'chart.umd.min.js'), join(dist, 'vendor/chart.umd.min.js'));
// OpenID Connect in the browser (code flow with PKCE, refresh): its self-contained browser build, which bundles
// jwt-decode; auth.js loads it when a page signs in, renews or signs out. Licences go with the code.
copy(join(oidc, 'dist/browser/oidc-client-ts.min.js'), join(dist, 'vendor/oidc-client-ts.min.js'));
copy(join(oidc, 'dist/browser/oidc-client-ts.min.js.map'), join(dist, 'vendor/oidc-client-ts.min.js.map'));
copy(join(oidc, 'LICENSE'), join(dist, 'vendor/oidc-client-ts.LICENSE.txt'));
copy(join(here, 'node_modules/jwt-decode/LICENSE'), join(dist, 'vendor/jwt-decode.LICENSE.txt'));
console.log(`web pages built into ${dist}`);
