// Coding pasted text: the article goes to POST /api/code, which codes it with the server's
// coder without storing anything; its events are listed like the store's, and choosing one
// marks its source, verb and target in its sentence.
import { post } from './api.js';
import { eventRow, renderEvidence } from './events.js';

const $ = (id) => document.getElementById(id);

async function codeText() {
  const text = $('paste-text').value;
  const note = $('paste-note');
  const list = $('paste-events');
  list.replaceChildren();
  $('paste-evidence').replaceChildren();
  if (!text.trim()) {
    note.textContent = 'Paste an article first.';
    return;
  }
  note.textContent = 'Coding…';
  const payload = { text };
  if ($('paste-date').value) payload.date = $('paste-date').value;
  try {
    const coded = await post('/api/code', payload);
    const sentences = new Map(coded.sentences.map((s) => [s.index, s]));
    for (const e of coded.events) {
      list.append(eventRow(e, (chosen, button) => {
        for (const b of list.querySelectorAll('.event[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
        button.setAttribute('aria-pressed', 'true');
        renderEvidence($('paste-evidence'), chosen, sentences.get(chosen.sentence_index)?.begin ?? 0, 'the pasted text');
      }));
    }
    const n = coded.events.length;
    note.textContent = `${n} event${n === 1 ? '' : 's'} in ${coded.sentences.length} sentences, coded as of ${coded.date} (nothing stored)`;
  } catch (err) {
    note.textContent = err.message;
  }
}

export function setUpPaste() {
  $('paste-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    codeText();
  });
}
