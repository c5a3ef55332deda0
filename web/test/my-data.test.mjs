// The citizen's own data page: the counts, the read log in easy words (newest first, an application by its headline)
// and the file offered for download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataCounts, readLines, dataFile, noticeSummary, maskPhone, maskEmail, notifiedBy, privacyRead } from '../src/js/my-data-model.js';

const data = {
  citizenSubject: 'citizen-emil',
  generatedAt: '2026-12-01T10:00:00Z',
  applications: [{ application: { id: 'app-1', status: 'IN_REVIEW', wish: { headline: 'En elcykel' } },
    letters: [{ kind: 'RECEIVED' }], auditTrail: [{ to: 'SUBMITTED' }, { to: 'IN_REVIEW' }] }],
  supportRelations: [{ contactName: 'Maja Winther' }],
  guideRequests: [],
  readLog: [
    { at: '2026-11-30T09:00:00Z', staffSubject: 'team-helle', staffRole: 'team', recordType: 'application', recordId: 'app-1', route: 'GET /api/applications/{id}' },
    { at: '2026-12-01T09:00:00Z', staffSubject: 'coordinator-rasmus', staffRole: 'coordinator', recordType: 'guide-request', recordId: 'req-1', route: 'GET /api/guide-requests/{id}' },
  ],
};

test('the counts are what the export holds', () => {
  assert.deepEqual(dataCounts(data), { applications: 1, letters: 1, auditEntries: 2, supporters: 1, guideRequests: 0, reads: 2 });
  assert.deepEqual(dataCounts({}), { applications: 0, letters: 0, auditEntries: 0, supporters: 0, guideRequests: 0, reads: 0 });
});

test('the reads are newest first, an application named by its headline', () => {
  const lines = readLines(data);
  assert.deepEqual(lines.map((l) => [l.staff, l.what]), [['coordinator-rasmus', 'req-1'], ['team-helle', 'En elcykel']]);
  assert.equal(lines[1].role, 'team');
});

test('the file is the export as it came, named by its day', () => {
  const f = dataFile(data);
  assert.equal(f.name, 'livsmester-mine-data-2026-12-01.json');
  assert.deepEqual(JSON.parse(f.text), data);
});

const notice = (n, createdAt) => ({ kind: 'LETTER', titleDa: 'Brev ' + n, titleEn: 'Letter ' + n, bodyDa: 'b', bodyEn: 'b',
  link: '/status.html?id=app-' + n, createdAt, sentAt: createdAt, channel: 'MAILBOX', status: 'SENT' });

test('the notices in short: how many, and the latest three newest first with both titles', () => {
  const s = noticeSummary({ notices: [notice(1, '2026-11-01T09:00:00Z'), notice(4, '2026-11-04T09:00:00Z'),
    notice(2, '2026-11-02T09:00:00Z'), notice(3, '2026-11-03T09:00:00Z')] });
  assert.equal(s.count, 4);
  assert.deepEqual(s.latest.map((n) => [n.titleDa, n.titleEn]), [['Brev 4', 'Letter 4'], ['Brev 3', 'Letter 3'], ['Brev 2', 'Letter 2']]);
  assert.equal(s.latest[0].at, '2026-11-04T09:00:00Z');
  assert.deepEqual(noticeSummary({}), { count: 0, latest: [] });
});

test('a phone number shows only its last two digits; an e-mail only its first letter and its domain', () => {
  assert.equal(maskPhone('+45 12 34 56 78'), '+•• •• •• •• 78');
  assert.equal(maskPhone('12345678'), '••••••78');
  assert.equal(maskPhone(null), '');
  assert.equal(maskEmail('anna@example.org'), 'a•••@example.org');
  assert.equal(maskEmail('a@example.org'), 'a•@example.org');
});

test('how notices reach them: the channel the API says they go on, its address masked; no choice is the mailbox', () => {
  const sms = { optIn: true, channel: 'SMS', effectiveChannel: 'SMS', phone: '+45 12 34 56 78', email: 'anna@example.org' };
  assert.deepEqual(notifiedBy({ noticePreference: sms }), { chosen: true, channel: 'SMS', address: '+•• •• •• •• 78' });
  assert.deepEqual(notifiedBy({ noticePreference: { ...sms, channel: 'EMAIL', effectiveChannel: 'EMAIL' } }),
    { chosen: true, channel: 'EMAIL', address: 'a•••@example.org' });
  assert.deepEqual(notifiedBy({ noticePreference: { ...sms, optIn: false, effectiveChannel: 'MAILBOX' } }),
    { chosen: true, channel: 'MAILBOX', address: '' }, 'opted out: the number is not shown at all');
  assert.deepEqual(notifiedBy({ noticePreference: null }), { chosen: false, channel: 'MAILBOX', address: '' });
  assert.deepEqual(notifiedBy({}), { chosen: false, channel: 'MAILBOX', address: '' });
});

test('the privacy notice: the latest version read and when, or none', () => {
  const acks = [{ subject: 's', role: 'citizen', version: '2026-12-01', at: '2026-12-02T10:00:00Z' },
    { subject: 's', role: 'citizen', version: '2026-05-01', at: '2026-05-03T10:00:00Z' }];
  assert.deepEqual(privacyRead({ privacyNoticeAcknowledgements: acks }), { version: '2026-12-01', at: '2026-12-02T10:00:00Z' });
  assert.equal(privacyRead({ privacyNoticeAcknowledgements: [] }), null);
  assert.equal(privacyRead({}), null);
});
