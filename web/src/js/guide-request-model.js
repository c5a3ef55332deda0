// The guide request as a wizard without its page: the questions in order, each question's checks, where each button
// leads, the read-back, the draft kept between screens and what is sent. Plain functions on plain data (node tests
// them); pages/guide-request.js draws the state and does the calls. The API checks everything again on sending.
import { t } from './i18n.js';

/** What a guide can help with, each with its pictogram. */
export const TASKS = [['BUS_TRAINING', 'bus'], ['ACCOMPANIMENT', 'hands'], ['VISITING_FRIEND', 'people'], ['CITY_TRAINING', 'guide'],
  ['EXERCISE', 'sprout'], ['SHOPPING', 'gift'], ['IT', 'phone'], ['TALKS', 'speech'], ['WISHES_AND_GOALS', 'star']];
export const DISABILITIES = ['AUTISM', 'INTELLECTUAL_DISABILITY', 'ACQUIRED_BRAIN_INJURY', 'PHYSICAL', 'OTHER'];
export const AREAS = ['Nord', 'Syd', 'Vest', 'Midtbyen'];
export const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
export const PARTS = ['AM', 'PM', 'EVE'];
export const TIMINGS = ['BEFORE_MEETING', 'DURING_MEETING', 'AFTER_MEETING', 'NOT_LINKED'];
/** The field types answered by choosing one option (radio buttons). */
export const CHOICES = ['task', 'disability', 'same', 'area', 'timing', 'yesno'];
/** The API's length limits, checked on the question itself. */
const TEXT_MAX = { citizenName: 200, needs: 2000, subGoalText: 1000 };

/** The questions, one per screen, in order. */
export const STEPS = [
  { id: 'name', pict: 'person', fields: [{ path: 'citizenName', type: 'text', required: true }] },
  { id: 'task', pict: 'guide', fields: [{ path: 'taskType', type: 'task', required: true }] },
  { id: 'needs', pict: 'speech', fields: [{ path: 'needs', type: 'textarea', required: true }] },
  { id: 'disability', pict: 'helper', fields: [{ path: 'citizenDisability', type: 'disability', optional: true }] },
  { id: 'same', pict: 'people', fields: [{ path: 'sameDisabilityPreferred', type: 'same', required: true }] },
  { id: 'area', pict: 'house', fields: [{ path: 'area', type: 'area', required: true }] },
  { id: 'times', pict: 'calendar', fields: [{ path: 'availability', type: 'slots', optional: true }] },
  { id: 'timing', pict: 'clock', fields: [{ path: 'timing', type: 'timing', required: true }] },
  { id: 'subGoal', pict: 'target', fields: [{ path: 'subGoalText', type: 'textarea', optional: true }] },
  // What the guide may see beyond the first name, area and times: the citizen's own choice, asked on its own. Not
  // answering is "no"; the disability is asked about only when one was given.
  { id: 'share', pict: 'check', fields: [{ path: 'shareNeeds', type: 'yesno', optional: true },
    { path: 'shareDisability', type: 'yesno', optional: true, when: (form) => !!form.citizenDisability }] },
];

/** The fields a screen shows for this form (the disability's sharing only when there is a disability). */
export function fieldsOf(step, form) {
  return step.fields.filter((f) => !f.when || f.when(form));
}

const ERRORS = { citizenName: 'gr.error.citizenName', taskType: 'gr.error.taskType', needs: 'gr.error.needs',
  sameDisabilityPreferred: 'gr.error.same', area: 'gr.error.area', timing: 'gr.error.timing' };

export function emptyRequest(name = '') {
  return { citizenSubject: null, citizenName: name, citizenDisability: null, needs: '', taskType: null, timing: 'NOT_LINKED',
    sameDisabilityPreferred: null, area: null, availability: [], subGoalText: '', shareNeeds: null, shareDisability: null };
}

/**
 * The wizard's state. step: 'intro', a question's id, or 'check' (the read-back). errors: what this screen shows;
 * serverErrors: what the API refused on sending, kept with the question each belongs to. citizens: for a contact
 * person, the citizens they support (one is chosen on the intro). sent: the API's answer to the last request sent.
 */
export function newWizard(user, citizens = null) {
  return { step: 'intro', form: emptyRequest(user && user.role === 'citizen' ? user.name : ''), errors: {}, serverErrors: {},
    citizens, returnToCheck: false, saved: false, resumed: false, sent: null };
}

export function stepById(id) {
  return STEPS.find((s) => s.id === id) || null;
}

/** Where the progress line stands: question n of the same total from first to last; the read-back is the last step. */
export function progressOf(stepId) {
  const total = STEPS.length;
  if (stepId === 'check') {
    return { n: total, total, check: true };
  }
  return { n: STEPS.findIndex((s) => s.id === stepId) + 1, total, check: false };
}

/**
 * The contact person's choice on the intro: the citizen it is for (their sign-in subject, from the support relations)
 * or none. The citizen's name fills the name question.
 */
export function chooseCitizen(w, subject) {
  const c = (w.citizens || []).find((x) => x.citizenSubject === subject);
  w.form.citizenSubject = c ? c.citizenSubject : null;
  if (c) {
    w.form.citizenName = c.citizenName;
  }
}

/** Where "Start" leads: the first question, or for a draft taken up again the first required one not answered yet. */
export function startStep(w) {
  if (!w.resumed) {
    return STEPS[0].id;
  }
  const open = STEPS.find((s) => s.fields.some((f) => f.required && (w.form[f.path] === null || w.form[f.path] === '')));
  return open ? open.id : 'check';
}

export function previousStep(w, stepId) {
  if (stepId === 'check') {
    return STEPS[STEPS.length - 1].id;
  }
  const i = STEPS.findIndex((s) => s.id === stepId);
  return i <= 0 ? 'intro' : STEPS[i - 1].id;
}

export function nextStep(w, stepId) {
  if (w.returnToCheck) {
    return 'check';
  }
  const i = STEPS.findIndex((s) => s.id === stepId);
  return i + 1 < STEPS.length ? STEPS[i + 1].id : 'check';
}

/** The question an error of the API is about (the first question for an error no question asks about). */
export function stepOf(path) {
  const step = STEPS.find((s) => s.fields.some((f) => f.path === path));
  return (step || STEPS[0]).id;
}

/** Moves to a screen; the API's errors of that question show there. Leaving the read-back ends "back to the check". */
export function go(w, stepId) {
  if (stepId !== w.step) {
    const step = stepById(stepId);
    w.errors = step ? Object.fromEntries(Object.entries(w.serverErrors).filter(([p]) => step.fields.some((f) => f.path === p))) : {};
  }
  if (stepId === 'intro') {
    w.returnToCheck = false;
  }
  w.step = stepId;
}

/** "Change" on the read-back: the question, then back to the read-back. */
export function change(w, stepId) {
  w.returnToCheck = true;
  go(w, stepId);
}

/**
 * Takes in one screen's answers and returns its easy-read errors ({} when it may go on). answers, by field path:
 * the text of a text field; the chosen value or null for a choice; the ticked slots for the times.
 */
export function answer(w, step, answers) {
  const errors = {};
  for (const f of fieldsOf(step, w.form)) {
    const a = answers[f.path];
    if (f.type === 'slots') {
      w.form.availability = (a || []).filter((s) => DAYS.some((d) => s.startsWith(d + '_')));
    } else if (CHOICES.includes(f.type)) {
      const v = a === undefined || a === '' ? null : a;
      w.form[f.path] = f.type === 'same' || f.type === 'yesno' ? (v === null ? null : v === 'true') : v;
      if (f.required && v === null) {
        errors[f.path] = t(ERRORS[f.path]);
      }
    } else {
      const v = String(a ?? '').trim();
      w.form[f.path] = v;
      if (f.required && !v) {
        errors[f.path] = t(ERRORS[f.path]);
      } else if (v.length > TEXT_MAX[f.path]) {
        errors[f.path] = t('apply.error.tooLong', { max: TEXT_MAX[f.path] });
      }
    }
  }
  return errors;
}

/** A question's answers passed: its errors, and the API's earlier errors about it, are gone. Returns where to go. */
export function stepDone(w, step) {
  w.errors = {};
  step.fields.forEach((f) => delete w.serverErrors[f.path]);
  w.saved = true;
  return nextStep(w, step.id);
}

/** What the guide may see, as the API takes it: only a yes is a yes, and no disability is shared that was not given. */
export function sharingOf(form) {
  return { needs: form.shareNeeds === true, disability: form.shareDisability === true && !!form.citizenDisability };
}

/** What the API gets: empty texts absent, the sharing choice as its own object. */
export function payload(form) {
  const { shareNeeds, shareDisability, ...rest } = form;
  return { ...rest, citizenSubject: form.citizenSubject || null, subGoalText: form.subGoalText || null,
    citizenName: form.citizenName || null, needs: form.needs || null, sharing: sharingOf(form) };
}

/** The read-back's and the request list's words for a sharing choice ({needs, disability}). */
export function sharingKey(sharing) {
  const s = sharing || {};
  return 'gr.rb.share.' + (s.needs ? 'needs' : 'noNeeds') + (s.disability ? 'Disability' : 'NoDisability');
}

/** The API refused the request: each field error goes with its question, so "Change" leads straight to it. */
export function sendRefused(w, fieldErrors) {
  w.serverErrors = fieldErrors;
  w.errors = {};
}

/** Sent: a fresh request for the next one (a citizen's own name in it again), and the answer kept to thank them. */
export function sendDone(w, user, sent) {
  Object.assign(w, newWizard(user, w.citizens), { sent });
}

/** The read-back: one easy-read line per question, each with its question's pictogram, in the language asked for. */
export function readBack(form, l) {
  const line = (step, key, params) => ({ step, pict: stepById(step).pict, text: t(key, params, l) });
  const times = form.availability.map((s) => {
    const [d, p] = s.split('_');
    return t('slot.' + d, {}, l) + ' ' + t('slot.' + p, {}, l);
  });
  return [
    line('name', 'gr.rb.name', { name: form.citizenName }),
    line('task', 'gr.rb.task', { task: form.taskType ? t('task.' + form.taskType, {}, l) : '–' }),
    line('needs', 'gr.rb.needs', { text: form.needs }),
    line('disability', form.citizenDisability ? 'gr.rb.disability' : 'gr.rb.noDisability',
      { disability: form.citizenDisability ? t('disability.' + form.citizenDisability, {}, l) : '' }),
    line('same', form.sameDisabilityPreferred ? 'gr.rb.sameYes' : 'gr.rb.sameNo', {}),
    line('area', 'gr.rb.area', { area: form.area ? t('area.' + form.area, {}, l) : '–' }),
    line('times', times.length ? 'gr.rb.times' : 'gr.rb.noTimes', { times: times.join(', ') }),
    line('timing', 'gr.rb.timing', { timing: t('gr.timing.' + form.timing, {}, l) }),
    line('subGoal', form.subGoalText ? 'gr.rb.subGoal' : 'gr.rb.noSubGoal', { text: form.subGoalText }),
    line('share', sharingKey(sharingOf(form)), {}),
  ];
}

/** The draft as kept between screens (and a reload) in this browser tab: the answers and where the person is. */
export function draftOf(w) {
  return JSON.stringify({ form: w.form, step: w.step });
}

/** Takes up a kept draft; a broken or empty one is ignored. True if there was one to take up. */
export function restore(w, text) {
  try {
    const d = JSON.parse(text || 'null');
    if (!d || !d.form || typeof d.form !== 'object') {
      return false;
    }
    w.form = { ...emptyRequest(), ...d.form, availability: Array.isArray(d.form.availability) ? d.form.availability : [] };
    w.resumed = true;
    return true;
  } catch {
    return false;
  }
}
