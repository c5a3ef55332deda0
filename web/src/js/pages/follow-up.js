// The easy-read follow-up a notice links to (follow-up.html?id=…&m=ONE_MONTH): one question per screen, pictures
// beside the words, the sub-goal's ruler with its start and target. Too early is said plainly, with the day.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { radios, input } from '../forms.js';
import { pictogram } from '../pictograms.js';
import { date, todayIso } from '../format.js';
import { rulerOptions } from '../apply-model.js';
import { ANSWERS, STEPS, availability, back, body, isLast, newFollowUp, next } from '../follow-up-model.js';

const params = new URLSearchParams(location.search);
const f = newFollowUp(params.get('m'));
let app = null;
let done = false;
let refusal = null;

function screen() {
  const step = STEPS[f.step];
  const error = f.error ? t(f.error) : null;
  if (step === 'answer') {
    return radios({ path: 'answer', legend: t('followUp.q.answer', { what: (app.wish && app.wish.headline) || '' }), error,
      value: f.answer, pictogramFn: pictogram, options: ANSWERS.map((a) => ({ value: a.value, label: t(a.key), pict: a.pict })) });
  }
  if (step === 'ruler') {
    const g = app.subGoal || {};
    const hint = [g.text ? t('followUp.subGoal', { text: g.text }) : '',
      g.baseline ? t('followUp.start', { n: g.baseline }) : '', g.target ? t('followUp.target', { n: g.target }) : '']
      .filter(Boolean).join(' ');
    return `<div class="ruler">${radios({ path: 'ruler', legend: t('followUp.q.ruler'), hint, error,
      value: f.ruler == null ? '' : String(f.ruler), pictogramFn: pictogram, options: rulerOptions() })}</div>`;
  }
  return input({ path: 'note', type: 'textarea', label: t('followUp.q.note'), hint: t('followUp.noteHint'),
    value: f.note, error, optional: true });
}

function read(main) {
  const step = STEPS[f.step];
  if (step === 'note') {
    f.note = main.querySelector('#f-note').value;
    return;
  }
  const checked = main.querySelector(`input[name="${step}"]:checked`);
  f[step] = checked ? checked.value : null;
}

function render(main) {
  const l = lang();
  if (done) {
    main.innerHTML = `${alertBox('success', t('followUp.thanks'), t('followUp.thanksText'), { id: 'follow-up-done' })}
      <p><a href="/status.html?id=${encodeURIComponent(app.id)}">${esc(t('followUp.toStatus'))}</a></p>`;
    return;
  }
  const a = availability(app, f.milestone, todayIso());
  if (refusal || a.state !== 'open') {
    const text = refusal || (a.state === 'notYet' ? t('followUp.notYet', { date: date(a.opens, l) })
      : t(a.state === 'answered' ? 'followUp.answered' : 'followUp.notGranted'));
    main.innerHTML = `<h1 tabindex="-1" id="follow-up-heading">${esc(t('followUp.title'))}</h1>
      ${alertBox('info', null, text, { id: 'follow-up-closed' })}`;
    return;
  }
  main.innerHTML = `<div class="question"><div class="question-body">
    <p class="question-progress" id="follow-up-progress">${esc(t('followUp.progress', { n: f.step + 1, total: STEPS.length }))}</p>
    <h1 tabindex="-1" id="follow-up-heading">${esc(t(f.milestone === 'ONE_MONTH' ? 'followUp.title1' : 'followUp.title3'))}</h1>
    <form id="follow-up-form" novalidate>${screen()}
      <div class="question-actions">
        ${f.step > 0 ? `<button type="button" class="button button-secondary" id="follow-up-back">${esc(t('followUp.back'))}</button>` : ''}
        <button type="submit" class="button button-primary" id="follow-up-next">${esc(t(isLast(f) ? 'followUp.send' : 'followUp.next'))}</button>
      </div></form></div></div>`;
  const form = main.querySelector('#follow-up-form');
  const backButton = main.querySelector('#follow-up-back');
  if (backButton) {
    backButton.addEventListener('click', () => { read(main); back(f); render(main); main.querySelector('#follow-up-heading').focus(); });
  }
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    read(main);
    if (!isLast(f)) {
      next(f);
      render(main);
      (main.querySelector('[aria-invalid="true"]') || main.querySelector('#follow-up-heading')).focus();
      return;
    }
    if (!next(f)) {
      render(main);
      return;
    }
    try {
      await post('/api/applications/' + encodeURIComponent(app.id) + '/follow-ups', body(f));
      done = true;
    } catch (err) {
      if (!(err instanceof ApiError && (err.status === 409 || err.status === 400))) {
        throw err;
      }
      refusal = lang() === 'en' ? err.messageEn : err.messageDa;
    }
    render(main);
  });
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'followUp.title',
  render: async (main) => {
    if (!app) {
      app = await get('/api/applications/' + encodeURIComponent(params.get('id') || ''));
    }
    render(main);
  },
});
