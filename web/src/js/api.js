// Calls to the API on the same origin, with the bearer token. Errors become ApiError with the field messages of the
// API's error body ({code, message, messageDa, errors: [{field, da, en}]}).
import { freshToken, signIn } from './auth.js';

const RESIGN = 'livsmester.resignedAt';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || 'HTTP ' + status);
    this.status = status;
    this.code = body && body.code;
    this.messageDa = body && body.messageDa;
    this.messageEn = body && body.message;
    this.errors = (body && Array.isArray(body.errors)) ? body.errors : [];
  }
}

export async function api(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  const t = await freshToken();
  if (t) {
    headers.Authorization = 'Bearer ' + t;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { message: text };
    }
  }
  if (r.status === 401) {
    // The token was refused (it ran out, or the sign-in ended elsewhere): sign in again and come back to this page.
    // Once a minute at most: a token the API keeps refusing must show the error, not loop through the sign-in.
    const last = Number(sessionStorage.getItem(RESIGN) || 0);
    if (Date.now() - last > 60_000) {
      sessionStorage.setItem(RESIGN, String(Date.now()));
      await signIn(location.pathname + location.search);
    }
    throw new ApiError(401, parsed);
  }
  if (!r.ok) {
    throw new ApiError(r.status, parsed);
  }
  return parsed;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);

/** Fetches a file with the token and hands it to the browser as a download (a plain link cannot send the token). */
export async function download(path, filename) {
  const r = await fetch(path, { headers: { Authorization: 'Bearer ' + await freshToken() } });
  if (!r.ok) {
    let body = null;
    try {
      body = await r.json();
    } catch {
      body = null;
    }
    throw new ApiError(r.status, body);
  }
  saveBlob(await r.blob(), filename);
}

/** Hands text made in the page to the browser as a download (a CSV of a table on the page). */
export function saveText(text, filename, type = 'text/csv;charset=utf-8') {
  saveBlob(new Blob([text], { type }), filename);
}

function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
