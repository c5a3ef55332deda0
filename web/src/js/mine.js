// The person's applications: the API's list of those they created (GET /api/applications?mine=true), plus those they
// confirmed with a code, which the list does not hold (someone else created them): this browser remembers those.
import { get, ApiError } from './api.js';

const key = (user) => 'livsmester.mine.' + user.sub;

export function rememberMine(user, id) {
  const ids = remembered(user).filter((x) => x !== id);
  ids.unshift(id);
  localStorage.setItem(key(user), JSON.stringify(ids.slice(0, 50)));
}

function remembered(user) {
  try {
    const ids = JSON.parse(localStorage.getItem(key(user)) || '[]');
    return Array.isArray(ids) ? ids : [];
  } catch {
    return [];
  }
}

/** The person's applications: those they created, newest first, then the others this browser remembers. */
export async function myApplications(user) {
  const { items } = await get('/api/applications?mine=true');
  const listed = new Set(items.map((a) => a.id));
  const more = [];
  for (const id of remembered(user).filter((x) => !listed.has(x))) {
    try {
      more.push(await get('/api/applications/' + encodeURIComponent(id)));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        throw e;
      }
    }
  }
  return [...items, ...more];
}
