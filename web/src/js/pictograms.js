// Pictograms beside the key questions (docs/domain.md sections 4.1–4.2: several citizens think in pictures).
// Simple line drawings in the text colour; they sit beside the words, never instead of them, so they are hidden
// from screen readers (aria-hidden) and the question text carries the meaning.
const P = {
  person: '<circle cx="24" cy="14" r="7"/><path d="M10 42c0-9 6-15 14-15s14 6 14 15"/>',
  cake: '<rect x="10" y="24" width="28" height="16" rx="2"/><path d="M10 31c4 3 8-3 14 0s10 3 14 0"/><path d="M18 24v-6M24 24v-6M30 24v-6"/><path d="M18 14c-1-2 1-4 0-5M24 14c-1-2 1-4 0-5M30 14c-1-2 1-4 0-5"/>',
  house: '<path d="M8 22L24 9l16 13"/><path d="M12 19v21h24V19"/><rect x="20" y="28" width="8" height="12"/>',
  phone: '<rect x="15" y="6" width="18" height="36" rx="3"/><path d="M21 36h6"/>',
  helper: '<circle cx="16" cy="15" r="6"/><circle cx="33" cy="17" r="5"/><path d="M4 41c0-8 5-13 12-13s12 5 12 13"/><path d="M26 41c0-7 3-11 8-11s9 4 9 11"/>',
  centre: '<rect x="10" y="8" width="28" height="32"/><path d="M16 15h4M28 15h4M16 23h4M28 23h4"/><path d="M21 40v-8h6v8"/>',
  star: '<path d="M24 6l5 11 12 1-9 8 3 12-11-6-11 6 3-12-9-8 12-1z"/>',
  speech: '<path d="M8 10h32v20H20l-8 8v-8H8z"/><path d="M14 17h20M14 23h14"/>',
  sprout: '<path d="M24 42V22"/><path d="M24 26c0-8-6-12-14-12 0 8 6 12 14 12z"/><path d="M24 22c0-7 5-11 13-11 0 7-5 11-13 11z"/><path d="M14 42h20"/>',
  target: '<circle cx="24" cy="24" r="16"/><circle cx="24" cy="24" r="9"/><circle cx="24" cy="24" r="2"/>',
  ruler: '<rect x="4" y="18" width="40" height="12" rx="1"/><path d="M10 18v5M16 18v3M22 18v5M28 18v3M34 18v5M40 18v3"/>',
  grid: '<rect x="8" y="8" width="13" height="13"/><rect x="27" y="8" width="13" height="13"/><rect x="8" y="27" width="13" height="13"/><rect x="27" y="27" width="13" height="13"/>',
  gift: '<rect x="8" y="18" width="32" height="22"/><path d="M6 12h36v6H6zM24 12v28"/><path d="M24 12c-3-6-10-6-10-1s7 1 10 1c3 0 10 4 10-1s-7-5-10 1z"/>',
  calendar: '<rect x="7" y="10" width="34" height="30" rx="2"/><path d="M7 18h34M15 6v8M33 6v8"/><path d="M14 25h4M22 25h4M30 25h4M14 32h4M22 32h4"/>',
  coins: '<ellipse cx="18" cy="14" rx="10" ry="4"/><path d="M8 14v8c0 2 4 4 10 4s10-2 10-4v-8"/><ellipse cx="30" cy="28" rx="10" ry="4"/><path d="M20 28v8c0 2 4 4 10 4s10-2 10-4v-8"/>',
  wallet: '<rect x="6" y="12" width="34" height="26" rx="3"/><path d="M30 21h12v10H30a5 5 0 010-10z"/><circle cx="32" cy="26" r="1"/>',
  car: '<path d="M8 30l4-10h24l4 10"/><rect x="6" y="30" width="36" height="8" rx="2"/><circle cx="14" cy="40" r="3"/><circle cx="34" cy="40" r="3"/>',
  check: '<circle cx="24" cy="24" r="17"/><path d="M15 24l6 6 12-12"/>',
  bus: '<rect x="10" y="6" width="28" height="32" rx="4"/><path d="M10 24h28M10 14h28"/><circle cx="16" cy="31" r="2"/><circle cx="32" cy="31" r="2"/><path d="M14 38v4M34 38v4"/>',
  music: '<path d="M18 36V10l20-4v26"/><circle cx="13" cy="36" r="5"/><circle cx="33" cy="32" r="5"/>',
  book: '<path d="M24 12c-5-4-12-4-16-2v28c4-2 11-2 16 2 5-4 12-4 16-2V10c-4-2-11-2-16 2z"/><path d="M24 12v28"/>',
  people: '<circle cx="12" cy="16" r="5"/><circle cx="24" cy="13" r="5"/><circle cx="36" cy="16" r="5"/><path d="M4 38c0-7 4-11 8-11M16 38c0-9 4-14 8-14s8 5 8 14M44 38c0-7-4-11-8-11"/>',
  hands: '<circle cx="14" cy="12" r="5"/><circle cx="34" cy="12" r="5"/><path d="M14 17v12l10 4 10-4V17"/><path d="M14 29v12M34 29v12"/>',
  toolbox: '<rect x="6" y="18" width="36" height="20" rx="2"/><path d="M18 18v-6h12v6M6 26h36M22 24v4h4v-4"/>',
  dog: '<ellipse cx="24" cy="31" rx="8" ry="7"/><circle cx="12" cy="20" r="4"/><circle cx="20" cy="12" r="4"/><circle cx="28" cy="12" r="4"/><circle cx="36" cy="20" r="4"/>',
  question: '<circle cx="24" cy="24" r="17"/><path d="M18 19a6 6 0 1112 0c0 4-6 5-6 9"/><circle cx="24" cy="34" r="1"/>',
  guide: '<circle cx="15" cy="12" r="5"/><circle cx="33" cy="12" r="5"/><path d="M15 17v14M33 17v14M15 31l-4 11M15 31l4 11M33 31l-4 11M33 31l4 11"/><path d="M15 22h18"/>',
  clock: '<circle cx="24" cy="24" r="17"/><path d="M24 13v11l7 5"/>',
  letter: '<rect x="6" y="12" width="36" height="24" rx="2"/><path d="M6 14l18 13 18-13"/>',
  no: '<circle cx="24" cy="24" r="17"/><path d="M17 17l14 14M31 17L17 31"/>',
};

/** An inline pictogram; the words beside it say what it means. */
export function pictogram(name, size = 56) {
  const body = P[name] || P.question;
  return `<svg class="pictogram" width="${size}" height="${size}" viewBox="0 0 48 48" fill="none" stroke="currentColor"`
    + ` stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;
}

export const PICTOGRAM_NAMES = Object.keys(P);
