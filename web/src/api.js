// Calls to dyad's JSON API. Every call resolves to the parsed body or throws an Error
// carrying the server's own message ({"error":{"message"}}).

export const QUAD_NAMES = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
export const QUAD_COLORS = ['#999', '#7fbf7b', '#1b7837', '#f1a340', '#b2182b'];

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${path}: the server answered ${res.status} without JSON`);
  }
  if (!res.ok) throw new Error(body?.error?.message || `${path}: HTTP ${res.status}`);
  return body;
}

// POSTs a JSON body; resolves and throws like get().
export async function post(path, payload) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${path}: the server answered ${res.status} without JSON`);
  }
  if (!res.ok) throw new Error(body?.error?.message || `${path}: HTTP ${res.status}`);
  return body;
}

// The filter parameters shared by every event endpoint, from the form's state.
export function filterParams(state) {
  const p = { from: state.from, to: state.to, quad_class: state.quad };
  if (state.actor && state.other) p.dyad = `${state.actor},${state.other}`;
  else if (state.actor) p.actor = state.actor;
  return p;
}
