// The event list and the evidence view. Each event is a button (so Tab and Enter reach
// it); choosing one loads its article and shows the sentence with the source, verb and
// target marked. Offsets are bytes of UTF-8 text, so the sentence is cut as bytes.
import { QUAD_NAMES, get } from './api.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

export function eventRow(e, onChoose) {
  const who = `${e.source.code ?? '?'} → ${e.target.code ?? '?'}`;
  const button = el(
    'button',
    { type: 'button', class: `event q${e.quad_class}`, 'data-event-id': e.event_id },
    el('span', { class: 'date' }, e.date),
    el('span', { class: 'dyad' }, who),
    el('span', { class: 'code' }, `${e.cameo} ${e.plover ?? ''}`),
    el('span', { class: 'text' }, e.sentence),
  );
  button.title = `${QUAD_NAMES[e.quad_class]}, Goldstein ${e.goldstein}`;
  button.addEventListener('click', () => onChoose(e, button));
  return el('li', {}, button);
}

// Spans of `sentence` (bytes base..) for the event's source, verb and target, in order;
// spans that fall outside the sentence or overlap an earlier one are dropped.
export function highlightSpans(e, sentenceStart, sentenceBytes) {
  const spans = [
    { role: 'source', start: e.source.start, end: e.source.end },
    { role: 'verb', start: e.verb?.start, end: e.verb?.end },
    { role: 'target', start: e.target.start, end: e.target.end },
  ]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: s.start - sentenceStart, end: s.end - sentenceStart }))
    .filter((s) => s.start >= 0 && s.end <= sentenceBytes)
    .sort((a, b) => a.start - b.start);
  const out = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

function markedSentence(e, sentenceStart) {
  const bytes = encoder.encode(e.sentence);
  const p = el('p', { class: 'sentence' });
  let at = 0;
  for (const s of highlightSpans(e, sentenceStart, bytes.length)) {
    p.append(decoder.decode(bytes.subarray(at, s.start)));
    p.append(el('mark', { class: s.role, title: s.role }, decoder.decode(bytes.subarray(s.start, s.end))));
    at = s.end;
  }
  p.append(decoder.decode(bytes.subarray(at)));
  return p;
}

export async function showEvidence(container, e) {
  container.replaceChildren(el('p', { class: 'note' }, 'Loading the article…'));
  const a = await get('/api/article', { id: e.article_id });
  const sentence = a.sentences.find((s) => s.index === e.sentence_index);
  // A sentence stored without offsets starts where its source phrase says it must.
  const start = sentence && sentence.end > 0 ? sentence.start : e.source.start - encoder.encode(e.sentence.slice(0, e.sentence.indexOf(e.source.text))).length;
  renderEvidence(container, e, start, `${a.article.title || a.article.id}${a.article.source ? ` — ${a.article.source}` : ''}`);
}

// The event's sentence with its source, verb and target marked, and its facts; `start` is
// the sentence's first byte in the article text.
export function renderEvidence(container, e, start, articleLabel) {
  const facts = el(
    'dl',
    { class: 'facts' },
    el('dt', {}, 'Source'), el('dd', {}, `${e.source.code ?? '?'} (“${e.source.text}”)`),
    el('dt', {}, 'Event'), el('dd', {}, `${e.cameo} ${e.plover ?? ''}, ${QUAD_NAMES[e.quad_class]}, Goldstein ${e.goldstein}`),
    el('dt', {}, 'Target'), el('dd', {}, `${e.target.code ?? '?'} (“${e.target.text}”)`),
    el('dt', {}, 'Date'), el('dd', {}, e.date),
    el('dt', {}, 'Where'), el('dd', {}, e.location ? `${e.location.name} (${e.location.country})` : 'not known'),
    el('dt', {}, 'Article'), el('dd', {}, articleLabel),
  );
  container.replaceChildren(markedSentence(e, start), facts);
}
