// The person's applications: the API's own list (GET /api/applications?mine=true: those they created), plus those
// this browser remembers that the list leaves out (applications the person confirmed with a code, or all of them on a
// server without the list).
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

/** {items, fromApi}: the person's applications; fromApi is false when the server has no list of one's own yet. */
export async function myApplications(user) {
  let items = null;
  try {
    const page = await get('/api/applications?mine=true');
    if (page && Array.isArray(page.items)) {
      items = page.items;
    }
  } catch (e) {
    // 400/403/404: this server has no "mine" list yet (another part of the system adds it).
    if (!(e instanceof ApiError) || e.status === 401 || e.status >= 500) {
      throw e;
    }
  }
  const listed = new Set((items || []).map((a) => a.id));
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
  return { items: [...(items || []), ...more], fromApi: items !== null };
}
