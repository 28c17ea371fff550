// dyad's dashboard: a filter form (actor or dyad, period, bucket, QuadClass) drives four
// views of the same events: the timeline, the actor network, the map and the event list
// with its evidence. The filter lives in the URL's hash, so a view can be bookmarked.
import { filterParams, get } from './api.js';
import { eventRow, showEvidence } from './events.js';
import { renderMap } from './map.js';
import { renderNetwork } from './network.js';
import { setUpPaste } from './paste.js';
import { renderQuotes } from './quotes.js';
import { renderTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const FIELDS = ['actor', 'other', 'from', 'to', 'bucket', 'quad'];
let summary = null;
let cursor = null;

// The default period: the store's last year of events (all of them when it spans less),
// so a large store opens on a view its queries answer quickly.
function defaultFrom() {
  if (!summary?.last) return '';
  const d = new Date(`${summary.last}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  const yearBefore = d.toISOString().slice(0, 10);
  return yearBefore > summary.first ? yearBefore : summary.first;
}

function readForm() {
  const s = {};
  for (const f of FIELDS) s[f] = $(f).value.trim();
  s.actor = s.actor.toUpperCase();
  s.other = s.other.toUpperCase();
  return s;
}

function writeForm(s) {
  for (const f of FIELDS) if (s[f] !== undefined) $(f).value = s[f];
}

function stateFromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const s = {};
  for (const f of FIELDS) if (p.has(f)) s[f] = p.get(f);
  return s;
}

function showError(message) {
  $('error').hidden = !message;
  $('error').textContent = message || '';
}

async function view(name, work) {
  const note = $(`${name}-note`);
  note.textContent = 'Loading…';
  try {
    note.textContent = await work();
  } catch (err) {
    note.textContent = err.message;
    throw err;
  }
}

function networkKeys(network, pick) {
  const list = document.createElement('ul');
  list.className = 'edges';
  for (const e of network.edges.slice(0, 8)) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = `${e.source} → ${e.target}: ${e.events}`;
    b.addEventListener('click', () => pick({ actor: e.source, other: e.target }));
    const li = document.createElement('li');
    li.append(b);
    list.append(li);
  }
  return list;
}

async function loadEvents(state, append) {
  const params = { ...filterParams(state), limit: 50 };
  if (append && cursor) params.cursor = cursor;
  const page = await get('/api/events', params);
  const list = $('events');
  if (!append) list.replaceChildren();
  for (const e of page.events) list.append(eventRow(e, choose));
  cursor = page.next_cursor;
  $('more').hidden = !cursor;
  if (!append && page.events.length === 0) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = 'No events match.';
    list.append(li);
  }
}

async function choose(e, button) {
  for (const b of document.querySelectorAll('.event[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  try {
    await showEvidence($('evidence'), e);
  } catch (err) {
    $('evidence').textContent = err.message;
  }
}

function pick(change) {
  writeForm({ ...readForm(), ...change });
  refresh();
}

async function refresh() {
  const state = readForm();
  const hash = new URLSearchParams(Object.entries(state).filter(([, v]) => v)).toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname);
  showError('');
  const params = filterParams(state);
  const results = await Promise.allSettled([
    view('timeline', async () => {
      const t = await get('/api/timeline', { ...params, bucket: state.bucket || 'month' });
      const n = renderTimeline($('timeline'), t);
      return `${n} period${n === 1 ? '' : 's'}, ${t.points.reduce((a, p) => a + p.events, 0)} events`;
    }),
    view('network', async () => {
      const net = await get('/api/network', { ...params, limit: 40 });
      const n = renderNetwork($('network'), net, pick);
      $('network-keys').replaceChildren(networkKeys(net, pick));
      return `${n} actors, ${net.edges.length} dyads`;
    }),
    view('map', async () => {
      const n = renderMap($('map'), await get('/api/places', { ...params, limit: 500 }));
      return `${n} place${n === 1 ? '' : 's'}`;
    }),
    loadEvents(state, false),
    view('quotes', () => renderQuotes($('quotes'), state)),
  ]);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) showError(failed.reason.message);
}

async function start() {
  try {
    summary = await get('/api/summary');
    $('summary').textContent = `${summary.events.toLocaleString('en')} events in ${summary.articles.toLocaleString('en')} articles, ${summary.first ?? '–'} to ${summary.last ?? '–'}`;
    const actors = await get('/api/actors', { limit: 50 });
    $('actor-list').replaceChildren(
      ...actors.actors.map((a) => Object.assign(document.createElement('option'), { value: a.code })),
    );
  } catch (err) {
    showError(err.message);
  }
  writeForm({ from: defaultFrom(), to: summary?.last ?? '', ...stateFromHash() });
  $('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    refresh();
  });
  $('reset').addEventListener('click', () => {
    writeForm({ actor: '', other: '', from: defaultFrom(), to: summary?.last ?? '', bucket: 'month', quad: '' });
    refresh();
  });
  $('more').addEventListener('click', () => loadEvents(readForm(), true).catch((err) => showError(err.message)));
  setUpPaste();
  await refresh();
  document.body.dataset.ready = 'true';
}

start();
