// The application wizard without its page: the questions in order and which of them apply, the wizard's state, each
// question's checks, which of the API's field errors belong to which question, what is saved when, and where each
// button leads. Plain functions on plain data (node tests them); pages/apply.js draws the state and wires the events.
import { t, lang } from './i18n.js';
import { kr, parseKr, parseDateParts, dateProblem, ageOn, todayIso } from './format.js';

export const CENTRES = ['Borgercenter Nord', 'Borgercenter Syd', 'Borgercenter Vest', 'Borgercenter Midtbyen'];
/** The categories in the order offered, each with its pictogram. */
export const CATEGORIES = [
  ['TRANSPORT', 'bus'], ['ACTIVITIES', 'music'], ['EDUCATION', 'book'], ['COMMUNITY', 'people'],
  ['ACCOMPANIMENT', 'hands'], ['EQUIPMENT', 'toolbox'], ['SERVICE_DOG', 'dog'], ['OTHER', 'question'],
];
/** The field types answered by choosing one option (radio buttons). */
export const CHOICES = ['support', 'centre', 'category', 'yesno', 'ruler'];
/** The API's length limits, checked before sending so the person hears it on the question itself. */
const TEXT_MAX = { 'wish.headline': 120, 'wish.description': 4000, 'wish.howItHelps': 2000, 'subGoal.text': 1000, appliedFor: 500 };
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Transport that is plainly not a licence or a motor vehicle (a bicycle, an e-bike, a bus or train card, a
 * wheelchair): a car does not matter for it (the team's rule R4 is about licences and vehicles).
 */
const NOT_A_CAR = /cykel|bike|buskort|rejsekort|pendlerkort|togkort|bus card|train|kørestol|wheelchair/iu;

/** The car question: for transport, unless what is applied for is plainly transport without a car. */
function asksAboutCar(f) {
  if (f.category !== 'TRANSPORT') {
    return false;
  }
  const what = [f.appliedFor, f.wish && f.wish.headline].filter(Boolean).join(' ');
  return !NOT_A_CAR.test(what);
}

/** The questions, in order. when(form): asked only if it applies (the car question only for transport). */
export const STEPS = [
  { id: 'name', pict: 'person', fields: [{ path: 'applicants[0].name', type: 'text', required: true, autocomplete: 'name' }] },
  { id: 'birth', pict: 'cake', fields: [{ path: 'applicants[0].birthDate', type: 'date', required: true }] },
  { id: 'address', pict: 'house', fields: [{ path: 'applicants[0].address', type: 'text', required: true, autocomplete: 'street-address' }] },
  { id: 'reach', pict: 'phone', fields: [
    { path: 'applicants[0].email', type: 'email', optional: true, autocomplete: 'email' },
    { path: 'applicants[0].phone', type: 'tel', optional: true, autocomplete: 'tel' }] },
  { id: 'support', pict: 'helper', fields: [{ path: 'applicants[0].receivesAdultDisabilitySupport', type: 'support', required: true }] },
  { id: 'contact', pict: 'helper', fields: [
    { path: 'contactPerson.name', type: 'text', required: true },
    { path: 'contactPerson.email', type: 'email', required: true },
    { path: 'contactPerson.phone', type: 'tel', optional: true }] },
  { id: 'centre', pict: 'centre', fields: [{ path: 'citizenCentre', type: 'centre', required: true }] },
  { id: 'headline', pict: 'star', fields: [{ path: 'wish.headline', type: 'text', required: true }] },
  { id: 'description', pict: 'speech', fields: [{ path: 'wish.description', type: 'textarea', required: true }] },
  { id: 'helps', pict: 'sprout', fields: [{ path: 'wish.howItHelps', type: 'textarea', required: true }] },
  { id: 'subgoal', pict: 'target', fields: [{ path: 'subGoal.text', type: 'textarea', required: true }] },
  { id: 'ruler', pict: 'ruler', fields: [
    { path: 'subGoal.baseline', type: 'ruler', optional: true }, { path: 'subGoal.target', type: 'ruler', optional: true }] },
  { id: 'category', pict: 'grid', fields: [{ path: 'category', type: 'category', required: true }] },
  { id: 'appliedFor', pict: 'gift', fields: [{ path: 'appliedFor', type: 'text', required: true }] },
  { id: 'period', pict: 'calendar', fields: [
    { path: 'period.from', type: 'date', required: true }, { path: 'period.to', type: 'date', required: true }] },
  { id: 'costs', pict: 'coins', fields: [{ path: 'costLines', type: 'costs', required: true }] },
  { id: 'financed', pict: 'wallet', fields: [{ path: 'alreadyFinanced', type: 'yesno', required: true }] },
  { id: 'car', pict: 'car', when: asksAboutCar, fields: [{ path: 'carAccess', type: 'yesno', required: true }] },
];

export function getPath(obj, path) {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

export function setPath(obj, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o = obj;
  keys.slice(0, -1).forEach((k, i) => {
    if (o[k] == null) {
      o[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    }
    o = o[k];
  });
  o[keys[keys.length - 1]] = value;
}

/**
 * The wizard's state. step: 'intro', a question's id, or 'check' (the read-back). errors: what is shown on this screen;
 * serverErrors: what the API refused on sending, kept with the question each belongs to. typedDates: what was typed
 * into a date that is not a real date, shown again to be corrected. answerDays: the team's answer window, from the API.
 */
export function newWizard() {
  return {
    step: 'intro', id: null, status: null, form: null, answerDays: null, ages: null, errors: {}, serverErrors: {}, typedDates: {},
    saved: false, confirmed: false, returnToCheck: false, message: null, teamQuestion: null,
  };
}

export function emptyForm(poolId) {
  return {
    poolId, applicants: [{ name: '', birthDate: null, address: '', email: '', phone: '', receivesAdultDisabilitySupport: null }],
    contactPerson: { name: '', role: 'kontaktperson', email: '', phone: '' }, citizenCentre: '',
    wish: { headline: '', description: '', howItHelps: '' }, subGoal: { text: '', lifeTheme: null, baseline: null, target: null },
    category: null, appliedFor: '', period: { from: null, to: null }, costLines: [{ item: '', amountOre: null, supplier: '' }],
    alreadyFinanced: null, carAccess: null, extendsApplicationId: null,
  };
}

/** The form of a saved application, with the empty parts an unanswered question needs. */
export function formOf(app) {
  const empty = emptyForm(app.poolId);
  return {
    ...empty,
    applicants: app.applicants && app.applicants.length ? app.applicants : empty.applicants,
    contactPerson: app.contactPerson || empty.contactPerson, citizenCentre: app.citizenCentre || '',
    wish: app.wish || empty.wish, subGoal: app.subGoal || empty.subGoal, category: app.category,
    appliedFor: app.appliedFor || '', period: app.period || empty.period,
    costLines: app.costLines && app.costLines.length ? app.costLines : empty.costLines,
    alreadyFinanced: app.alreadyFinanced, carAccess: app.carAccess, extendsApplicationId: app.extendsApplicationId,
  };
}

/** Only a draft, or an application the team sent back for more information, is answered again in the wizard. */
export function resumable(app) {
  return app.status === 'DRAFT' || app.status === 'NEEDS_INFO';
}

/** Takes up a saved application where the person left it. */
export function resume(w, app) {
  Object.assign(w, { id: app.id, status: app.status, form: formOf(app), answerDays: app.answerDays,
    message: app.status === 'NEEDS_INFO' ? t('apply.needsInfo') : t('apply.resumed'),
    // What the team asked, repeated where the application is changed.
    teamQuestion: app.status === 'NEEDS_INFO' && app.decision && app.decision.text ? app.decision.text : null });
}

/** A new application to the first pool (the one the municipality takes applications for). */
export function begin(w, pools) {
  const pool = pools[0] || null;
  Object.assign(w, { form: emptyForm(pool ? pool.id : null), answerDays: pool ? pool.answerDays : null,
    ages: pool && pool.minAge ? { min: pool.minAge, max: pool.maxAge } : null, bounds: boundsOf(pool), pool });
}

/** The smallest and largest amount the pool takes in one application (øre; either may be null), or null if neither. */
export function boundsOf(pool) {
  if (!pool || (pool.minAmountOre == null && pool.maxAmountOre == null)) {
    return null;
  }
  return { min: pool.minAmountOre ?? null, max: pool.maxAmountOre ?? null };
}

/** The error for a total outside the pool's bounds (the same rule the API applies), or null. */
export function boundsError(bounds, totalOre) {
  if (!bounds || !totalOre) {
    return null;
  }
  if (bounds.min != null && totalOre < bounds.min) {
    return t('apply.error.amountMin', { min: kr(bounds.min, lang()) });
  }
  if (bounds.max != null && totalOre > bounds.max) {
    return t('apply.error.amountMax', { max: kr(bounds.max, lang()) });
  }
  return null;
}

/**
 * A contact person's choice on the intro: the citizen it is for (their sign-in subject, from the support relations)
 * or none. The citizen's name fills the first applicant's name when that is still empty.
 */
export function chooseCitizen(w, radio) {
  if (!radio || !w.form) {
    return;
  }
  const c = (w.citizens || []).find((x) => x.citizenSubject === radio.value);
  w.form.citizenSubject = c ? c.citizenSubject : null;
  if (c && w.form.applicants[0] && !w.form.applicants[0].name) {
    w.form.applicants[0].name = c.citizenName;
  }
}

/** The 1–10 scale, its ends in words and pictures (far from the goal, all the way there) and its middle. */
export function rulerOptions() {
  const anchors = { 1: ['apply.ruler.far', 'sprout'], 5: ['apply.ruler.half', 'ruler'], 10: ['apply.ruler.there', 'target'] };
  return Array.from({ length: 10 }, (_, i) => {
    const a = anchors[i + 1];
    return { value: String(i + 1), label: a ? `${i + 1} – ${t(a[0])}` : String(i + 1), pict: a ? a[1] : undefined };
  });
}

/**
 * Where the progress line stands, the same count from the first question to the last: {n, total, extra, check}. The
 * total is the questions everyone answers; a question only some get (the car, for transport) is an extra one without
 * a number of its own, and the read-back is the last step, not another question.
 */
export function progressOf(stepId) {
  const counted = STEPS.filter((s) => !s.when);
  const total = counted.length;
  if (stepId === 'check') {
    return { n: total, total, extra: false, check: true };
  }
  const i = counted.findIndex((s) => s.id === stepId);
  return i >= 0 ? { n: i + 1, total, extra: false, check: false } : { n: total, total, extra: true, check: false };
}

/** "The team answers you within N days", N being the pool's answer window as the API sends it; null if unknown. */
export function answerWindowText(days) {
  return days ? t('apply.intro.answerWithin', { days }) : null;
}

export function activeSteps(form) {
  return STEPS.filter((s) => !s.when || s.when(form));
}

export function stepById(id) {
  return STEPS.find((s) => s.id === id) || null;
}

function isEmpty(form, f) {
  const v = getPath(form, f.path);
  if (f.type === 'costs') {
    return !(v || []).some((l) => l.item && l.amountOre);
  }
  if (f.type === 'support') {
    return v == null && !form._supportUnknown;
  }
  return v == null || v === '';
}

/** Where "Start" (or "Continue") leads: the first question, or for a saved draft the first one not answered yet. */
export function startStep(w) {
  const steps = activeSteps(w.form);
  if (!w.id) {
    return steps[0].id;
  }
  const open = steps.find((s) => s.fields.some((f) => f.required && isEmpty(w.form, f)));
  return open ? open.id : 'check';
}

/** Where "Back" leads from a question, or from the read-back. */
export function previousStep(w, stepId) {
  const steps = activeSteps(w.form);
  if (stepId === 'check') {
    return steps[steps.length - 1].id;
  }
  const i = steps.findIndex((s) => s.id === stepId);
  return i <= 0 ? 'intro' : steps[i - 1].id;
}

/** Where "Next" leads once the answers are saved: the next question that applies (answers may change which), or the read-back. */
export function nextStep(w, stepId) {
  if (w.returnToCheck) {
    return 'check';
  }
  const steps = activeSteps(w.form);
  const i = steps.findIndex((s) => s.id === stepId);
  return i + 1 < steps.length ? steps[i + 1].id : 'check';
}

/** True if an error the API reported for {@code path} is about the field {@code fieldPath} (or a part of it, or it a part of it). */
export function belongs(path, fieldPath) {
  return path === fieldPath || path.startsWith(fieldPath + '.') || path.startsWith(fieldPath + '[')
    || fieldPath.startsWith(path + '.') || fieldPath.startsWith(path + '[');
}

/** The question an error of the API is about (the first question for an error no question asks about). */
export function stepOf(form, path) {
  const steps = activeSteps(form);
  const step = steps.find((s) => s.fields.some((f) => belongs(path, f.path)));
  return (step || steps[0]).id;
}

/** Moves to a screen: leaving the read-back takes the confirmation back, and the API's errors of that question show there. */
export function go(w, stepId) {
  if (w.step === 'check' && stepId !== 'check') {
    // An answer may change: the person confirms again what they will send.
    w.confirmed = false;
  }
  if (stepId !== w.step) {
    const step = stepById(stepId);
    w.errors = step ? Object.fromEntries(Object.entries(w.serverErrors)
      .filter(([path]) => step.fields.some((f) => belongs(path, f.path)))) : {};
  }
  w.step = stepId;
}

/** "Change" on the read-back: the question, and back to the read-back after it. */
export function change(w, stepId) {
  w.returnToCheck = true;
  go(w, stepId);
}

/**
 * Takes in what was typed and chosen on one question's screen and returns that screen's easy-read errors ({} when it
 * may be saved). answers, by field path: the text for a text field; the chosen value or null for a choice; {d, m, y}
 * for a date; [{item, amount, supplier}] for the cost lines, one per line shown.
 */
export function answer(w, step, answers) {
  const form = w.form;
  const errors = {};
  const required = (f) => t('apply.error.required.' + f.path.replace(/\[\d+\]/g, ''));
  for (const f of step.fields) {
    const a = answers[f.path];
    if (f.type === 'date') {
      const v = parseDateParts(a);
      if (v === null) {
        w.typedDates[f.path] = a;
        errors[f.path] = t(dateProblem(a) === 'noSuchDay' ? 'apply.error.noSuchDay' : 'apply.error.date');
        continue;
      }
      delete w.typedDates[f.path];
      setPath(form, f.path, v || null);
      if (!v && f.required) {
        errors[f.path] = required(f);
      }
    } else if (f.type === 'costs') {
      a.forEach((typed, i) => Object.assign(errors, costLine(form.costLines[i], i, typed)));
    } else if (CHOICES.includes(f.type)) {
      let v = a ?? null;
      if (f.type === 'support') {
        // "Don't know" is an answer: the question was answered, the form says nothing.
        form._supportUnknown = v === 'unknown';
        setPath(form, f.path, v === 'true' ? true : v === 'false' ? false : null);
        if (a == null) {
          errors[f.path] = t('apply.error.choose');
        }
        continue;
      }
      if (f.type === 'yesno') {
        v = v === 'true' ? true : v === 'false' ? false : null;
      } else if (f.type === 'ruler') {
        v = v === null ? null : Number(v);
      }
      setPath(form, f.path, v);
      if (f.required && v === null) {
        errors[f.path] = t('apply.error.choose');
      }
    } else {
      const v = String(a ?? '').trim();
      setPath(form, f.path, v);
      if (f.required && !v) {
        errors[f.path] = required(f);
      } else if (v && f.type === 'email' && !EMAIL.test(v)) {
        // Say what is missing: the @, or what comes after it ("emil@" has an @).
        errors[f.path] = t(v.includes('@') ? 'apply.error.emailAfterAt' : 'apply.error.email');
      } else if (v && TEXT_MAX[f.path] && v.length > TEXT_MAX[f.path]) {
        errors[f.path] = t('apply.error.tooLong', { max: TEXT_MAX[f.path] });
      }
    }
  }
  // Each answer is checked on its own question, as the API and the team would check it later.
  const today = w.today || todayIso();
  if (step.id === 'period' && !errors['period.from'] && !errors['period.to'] && form.period.to < form.period.from) {
    errors['period.to'] = t('apply.error.periodOrder');
  } else if (step.id === 'period' && !errors['period.to'] && form.period.to && form.period.to < today) {
    errors['period.to'] = t('apply.error.periodPast');
  }
  const birth = form.applicants[0] && form.applicants[0].birthDate;
  if (step.id === 'birth' && !errors['applicants[0].birthDate'] && birth) {
    const age = ageOn(birth, today);
    if (birth > today) {
      errors['applicants[0].birthDate'] = t('apply.error.birthFuture');
    } else if (w.ages && (age < w.ages.min || age > w.ages.max)) {
      errors['applicants[0].birthDate'] = t('apply.error.age', { min: w.ages.min, max: w.ages.max, age });
    }
  }
  if (step.id === 'costs' && !Object.keys(errors).some((k) => k.startsWith('costLines'))) {
    const total = form.costLines.reduce((sum, l) => sum + (l.amountOre || 0), 0);
    const tooMuchOrLittle = boundsError(w.bounds, total);
    if (tooMuchOrLittle) {
      errors.costLines = tooMuchOrLittle;
    }
  }
  const sg = form.subGoal;
  if (step.id === 'ruler' && sg && sg.baseline != null && sg.target != null && sg.target < sg.baseline) {
    errors['subGoal.target'] = t('apply.error.targetBelow');
  }
  return errors;
}

/** One cost line as typed into the line; a blank line after the first is left out, not refused. */
function costLine(line, i, typed) {
  const item = String(typed.item ?? '').trim();
  const amountText = String(typed.amount ?? '').trim();
  const supplier = String(typed.supplier ?? '').trim();
  const amount = amountText ? parseKr(amountText) : null;
  Object.assign(line, { item, supplier, amountOre: amount });
  // Keys starting with "_" are the page's own notes: what was typed when it was not an amount.
  line._typed = amount === null && amountText ? amountText : undefined;
  const errors = {};
  if (!item && !amountText && !supplier && i > 0) {
    return errors;
  }
  if (!item) {
    errors[`costLines[${i}].item`] = t('apply.error.costItem');
  }
  if (!amountText) {
    errors[`costLines[${i}].amountOre`] = t('apply.error.costAmount');
  } else if (amount === null || amount <= 0) {
    errors[`costLines[${i}].amountOre`] = t('apply.error.costAmountNumber');
  }
  return errors;
}

export function addCostLine(form) {
  form.costLines.push({ item: '', amountOre: null, supplier: '' });
}

export function removeCostLine(form, i) {
  form.costLines.splice(i, 1);
}

/** What the API gets: empty strings become absent, so a half-filled draft passes the format checks. */
export function payload(form, submit) {
  const clean = (v) => {
    if (Array.isArray(v)) {
      return v.map(clean);
    }
    if (v && typeof v === 'object') {
      // Keys starting with "_" are the page's own notes (what was typed, "don't know"), not part of the form.
      return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('_')).map(([k, x]) => [k, clean(x)]));
    }
    return v === '' ? null : v;
  };
  const body = clean(form);
  body.costLines = (body.costLines || []).filter((l) => l.item || l.amountOre != null || l.supplier);
  if (body.period && !body.period.from && !body.period.to) {
    body.period = null;
  }
  if (body.category !== 'TRANSPORT') {
    body.carAccess = null;
  }
  body.submit = submit;
  return body;
}

/**
 * The call that saves: every question's "Next" keeps the draft (submit false), the read-back's "Send" submits it.
 * The first save creates the application (POST, whose answer alone carries the confirmation code); later ones revise it (PUT).
 */
export function saveRequest(w, submit) {
  if (w.id) {
    return { method: 'PUT', path: '/api/applications/' + encodeURIComponent(w.id), body: payload(w.form, submit) };
  }
  // The create carries an Idempotency-Key, kept while the same answers are sent again: when the first answer was
  // lost (the network, a double click), the API replays it instead of making a second application.
  const body = payload(w.form, submit);
  const sent = JSON.stringify(body);
  if (!w.createKey || w.createBody !== sent) {
    w.createKey = globalThis.crypto.randomUUID();
    w.createBody = sent;
  }
  return { method: 'POST', path: '/api/applications', body, headers: { 'Idempotency-Key': w.createKey } };
}

/** The API saved it: from now on the draft is revised, not created again. */
export function saved(w, application) {
  Object.assign(w, { id: application.id, status: application.status, saved: true });
}

/** A question's answers were saved: its errors, and the API's earlier errors about it, are gone. Returns where to go. */
export function stepSaved(w, step) {
  w.errors = {};
  Object.keys(w.serverErrors).filter((p) => step.fields.some((f) => belongs(p, f.path)))
    .forEach((p) => delete w.serverErrors[p]);
  return nextStep(w, step.id);
}

/** "Send" on the read-back: only once the sender has ticked that it is right. False (with the error) if not. */
export function maySend(w) {
  w.errors = w.confirmed ? {} : { _confirm: t('apply.error.confirm') };
  return w.confirmed;
}

/** The API refused to submit: each field error goes with its question, so "Change" leads straight to it. */
export function sendRefused(w, fieldErrors) {
  w.serverErrors = fieldErrors;
  w.errors = {};
}
