// Who said what: the quotations of the chosen actor (or of everyone) in the chosen
// period, newest first, from GET /api/quotes (stores coded with --knowledge). Each shows
// its words, its speaker with code, its date and article.
import { get } from './api.js';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

// Fills `list` and returns the note to show under it.
export async function renderQuotes(list, state) {
  const params = { from: state.from, to: state.to, limit: 50 };
  if (state.actor) params.actor = state.actor;
  const { quotes } = await get('/api/quotes', params);
  list.replaceChildren(
    ...quotes.map((q) => el(
      'li',
      { class: `quote ${q.kind}` },
      el('blockquote', {}, q.kind === 'direct' ? `“${q.text}”` : q.text),
      el('p', { class: 'who' },
        el('span', { class: 'speaker' }, q.speaker ? `${q.speaker.name}${q.speaker.code ? ` (${q.speaker.code})` : ''}` : 'speaker not known'),
        el('span', { class: 'when' }, ` ${q.date} · ${q.article_id}${q.kind === 'indirect' ? ' · reported' : ''}`)),
    )),
  );
  if (quotes.length === 0) return state.actor ? `No quotations of ${state.actor} in this period.` : 'No quotations in this period.';
  return `${quotes.length} quotation${quotes.length === 1 ? '' : 's'}${state.actor ? ` of ${state.actor}` : ''}`;
}
