// The privacy notice without the browser: each audience's sections in easy words in both languages, the whole of it
// as one text to read aloud, and where a sign-in goes while the notice is due.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../src/js/texts.js';
import { NOTICE_VERSION, NOTICE_PAGE, afterSignIn, audienceOf, sections, speechText } from '../src/js/privacy-notice-model.js';

test('citizens and contact persons read their own easy-read wording, every other role the staff wording', () => {
  assert.equal(audienceOf('citizen'), 'citizen');
  assert.equal(audienceOf('contact-person'), 'contact-person');
  for (const r of ['team', 'coordinator', 'guide', 'finance', 'auditor', 'admin']) {
    assert.equal(audienceOf(r), 'staff', r);
  }
});

test('each wording says what is held, why, who sees it, how long and the rights, each with a pictogram, in both languages', () => {
  for (const a of ['citizen', 'contact-person', 'staff']) {
    const da = sections(a, 'da');
    const en = sections(a, 'en');
    assert.deepEqual(da.map((s) => s.id).filter((id) => id !== 'duty'), ['held', 'why', 'who', 'long', 'rights'], a);
    assert.ok(da.every((s) => s.pict && s.title && s.lines.length), a + ': a pictogram, a heading and lines');
    assert.deepEqual(en.map((s) => s.lines.length), da.map((s) => s.lines.length));
    assert.notEqual(da[0].lines[0], en[0].lines[0], a + ': the English is English');
    assert.ok(TEXTS['pn.title.' + a] && TEXTS['pn.lead.' + a], a + ': title and lead');
  }
  const citizen = sections('citizen', 'da').flatMap((s) => s.lines).join(' ');
  assert.match(citizen, /Det ved vi om dig/, 'access: the page with everything held');
  assert.match(citizen, /slettet/, 'erasure');
  assert.match(citizen, /handicap.*siger ja/, 'the guide sees the disability only with a yes');
  assert.match(citizen, /computer.*handicap/, 'the matcher uses the disability');
  assert.match(sections('staff', 'en').flatMap((s) => s.lines).join(' '), /read log/);
});

test('read aloud: the title, then every heading and line as its own sentence', () => {
  const text = speechText('citizen', 'da');
  assert.ok(text.startsWith('Sådan passer vi på dine oplysninger. Det gemmer vi om dig. Dit navn'), text.slice(0, 80));
  assert.ok(!/\.\./.test(text), 'no doubled full stops');
  assert.ok(speechText('staff', 'en').startsWith('Personal data: what you need to know as staff.'));
});

test('a sign-in goes through the notice while it is due, keeping where the person was going', () => {
  assert.equal(afterSignIn({ due: true, version: NOTICE_VERSION }, 'http://x.test/status.html?id=1'),
    NOTICE_PAGE + '?next=' + encodeURIComponent('http://x.test/status.html?id=1'));
  assert.equal(afterSignIn({ due: false, version: NOTICE_VERSION }, '/team.html'), '/team.html', 'read already: straight on');
  assert.equal(afterSignIn(null, '/team.html'), '/team.html', 'the status could not be asked: the person goes on');
});
