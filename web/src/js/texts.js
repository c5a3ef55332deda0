// Every text the pages show: { key: [easy-read Danish, English] }. One file per page group; the node test checks
// that every key has both languages and that every key the pages use exists.
import { COMMON } from './texts/common.js';
import { START } from './texts/start.js';
import { APPLY } from './texts/apply.js';
import { STATUS } from './texts/status.js';
import { CONFIRM } from './texts/confirm.js';
import { GUIDES } from './texts/guide-request.js';
import { TEAM } from './texts/team.js';
import { COORDINATOR } from './texts/coordinator.js';
import { MATCHES } from './texts/matches.js';
import { FINANCE } from './texts/finance.js';
import { CONSENT } from './texts/consent.js';
import { EVALUATION } from './texts/evaluation.js';
import { NOTICES } from './texts/notices.js';
import { ATTACHMENTS } from './texts/attachments.js';
import { PRIVACY } from './texts/privacy.js';
import { PRIVACY_NOTICE } from './texts/privacy-notice.js';
import { READ_LOG } from './texts/read-log.js';

export const TEXTS = { ...COMMON, ...START, ...APPLY, ...STATUS, ...CONFIRM, ...GUIDES, ...TEAM, ...COORDINATOR, ...MATCHES, ...FINANCE, ...CONSENT, ...EVALUATION, ...NOTICES, ...ATTACHMENTS, ...PRIVACY, ...PRIVACY_NOTICE, ...READ_LOG };
