// The applications this browser sent, as a fallback list until the API's GET /api/applications?mine=true exists.
import { get, ApiError } from './api.js';

const key = (user) => 'livsmester.mine.' + user.sub;

export function rememberMine(user, id) {
  const ids = JSON.parse(localStorage.getItem(key(user)) || '[]').filter((x) => x !== id);
  ids.unshift(id);
  localStorage.setItem(key(user), JSON.stringify(ids.slice(0, 50)));
}

/** {items, fromApi}: the person's applications from the API, or those this browser remembers. */
export async function myApplications(user) {
  try {
    const page = await get('/api/applications?mine=true');
    if (page && Array.isArray(page.items)) {
      return { items: page.items, fromApi: true };
    }
  } catch (e) {
    // 400/403/404: this server has no "mine" list yet (another part of the system adds it).
    if (!(e instanceof ApiError) || e.status === 401 || e.status >= 500) {
      throw e;
    }
  }
  const ids = JSON.parse(localStorage.getItem(key(user)) || '[]');
  const items = [];
  for (const id of ids) {
    try {
      items.push(await get('/api/applications/' + encodeURIComponent(id)));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        throw e;
      }
    }
  }
  return { items, fromApi: false };
}
