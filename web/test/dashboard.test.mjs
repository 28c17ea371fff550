// Browser test of the dashboard: builds the sample store, starts `dyad serve` on a free
// port, drives Debian's Chromium (headless, through playwright-core) and checks that the
// page loads without console errors, that each view draws the store's real data, that a
// filter changes what every view shows (the quotations too), that an event's evidence is marked, that the
// keyboard reaches it, that pasted text is coded and shown without being stored, and that a
// narrow window does not overflow. Screenshots go to
// --out. Exits 77 (skipped) when Chromium or the npm packages are missing.
//   node test/dashboard.test.mjs --dyad build/x/cli/dyad --fixture build/x/server/dyad_server_fixture --out DIR
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const SKIP = 77;
const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(SKIP);
}

const dyad = arg('dyad');
const fixture = arg('fixture');
const out = path.resolve(arg('out') || 'browser-out');
if (!dyad || !fixture) {
  console.error('usage: dashboard.test.mjs --dyad DYAD --fixture FIXTURE [--out DIR]');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (scripts/install-deps installs it)`);
let chromium;
try {
  chromium = createRequire(import.meta.url)('playwright-core').chromium;
} catch {
  skip('playwright-core is not installed (npm ci in web/)');
}

const work = mkdtempSync(path.join(tmpdir(), 'dyad-browser-'));
mkdirSync(out, { recursive: true });
const db = path.join(work, 'sample.db');
execFileSync(fixture, ['sample', db], { stdio: 'inherit' });

function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn(dyad, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    proc.stdout.on('data', (d) => {
      text += d;
      const m = text.match(/listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve({ proc, base: m[1] });
    });
    proc.on('exit', (code) => reject(new Error(`dyad serve exited with ${code}`)));
    setTimeout(() => reject(new Error('dyad serve did not start in 10 s')), 10000);
  });
}

async function api(base, p) {
  const res = await fetch(base + p);
  return res.json();
}

const { proc, base } = await startServer();
const profile = path.join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
});
const problems = [];
let failed = false;
try {
  const page = context.pages()[0] || (await context.newPage());
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  const expected404 = new Set();
  page.on('response', (r) => {
    if (r.status() >= 400 && !expected404.has(new URL(r.url()).pathname)) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  // Everything, the whole period.
  await page.goto(base + '/');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  const summary = await api(base, '/api/summary');
  assert.match(await page.textContent('#summary'), new RegExp(`${summary.events} events in ${summary.articles} articles`));
  assert.equal(await page.inputValue('#from'), summary.first);
  assert.match(await page.textContent('#timeline-note'), new RegExp(`, ${summary.events} events$`));
  assert.ok(await page.locator('#timeline canvas').count() > 0, 'the timeline draws on a canvas');
  const net = await api(base, '/api/network?limit=40&from=' + summary.first + '&to=' + summary.last);
  assert.equal(await page.textContent('#network-note'), `${net.nodes.length} actors, ${net.edges.length} dyads`);
  assert.ok(await page.locator('#network canvas').count() > 0, 'the network draws on a canvas');
  assert.ok(await page.locator('#map path.country').count() > 150, 'the map draws the countries');
  const places = await api(base, '/api/places?limit=500&from=' + summary.first + '&to=' + summary.last);
  assert.equal(await page.locator('#map circle.place').count(), places.places.length);
  assert.equal(await page.locator('#events button.event').count(), summary.events);
  const allQuotes = await api(base, '/api/quotes?from=' + summary.first + '&to=' + summary.last);
  assert.ok(allQuotes.quotes.length > 0, 'the sample store holds a quotation');
  await page.waitForFunction((n) => document.querySelectorAll('#quotes li.quote').length === n, allQuotes.quotes.length);
  assert.equal(await page.textContent('#quotes li.quote .speaker'), `${allQuotes.quotes[0].speaker.name} (${allQuotes.quotes[0].speaker.code})`);
  await page.screenshot({ path: path.join(out, 'dashboard-all.png'), fullPage: true });

  // A dyad filter changes every view.
  await page.fill('#actor', 'rus');
  await page.fill('#other', 'ukr');
  await page.click('#filters button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('#events button.event').length === 6);
  await page.waitForFunction(() => /, 6 events$/.test(document.querySelector('#timeline-note').textContent));
  const dyadPlaces = await api(base, `/api/places?dyad=RUS,UKR&limit=500&from=${summary.first}&to=${summary.last}`);
  await page.waitForFunction((n) => document.querySelectorAll('#map circle.place').length === n, dyadPlaces.places.length);
  for (const dyadText of await page.locator('#events .dyad').allTextContents()) {
    assert.match(dyadText, /^(RUS\w* → UKR\w*|UKR\w* → RUS\w*)$/);
  }
  assert.match(page.url(), /#.*actor=RUS.*other=UKR/);
  // The quotes follow the actor: nobody from Russia is quoted in the sample.
  await page.waitForFunction(() => /No quotations of RUS/.test(document.querySelector('#quotes-note').textContent));

  // Choosing an event marks its source, verb and target in the sentence.
  const first = page.locator('#events button.event').first();
  const eventId = await first.getAttribute('data-event-id');
  await first.click();
  await page.waitForSelector('#evidence mark.verb');
  const events = await api(base, `/api/events?dyad=RUS,UKR&limit=50&from=${summary.first}&to=${summary.last}`);
  const chosen = events.events.find((e) => e.event_id === eventId);
  assert.equal(await page.textContent('#evidence mark.source'), chosen.source.text);
  assert.equal(await page.textContent('#evidence mark.verb'), chosen.verb.text);
  assert.equal(await page.textContent('#evidence mark.target'), chosen.target.text);
  assert.equal(await page.textContent('#evidence .sentence'), chosen.sentence);
  await page.screenshot({ path: path.join(out, 'dashboard.png'), fullPage: true });

  // The keyboard reaches the events: focus the third and press Enter.
  const third = page.locator('#events button.event').nth(2);
  await third.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#events button.event[aria-pressed="true"]').length === 1
    && document.querySelectorAll('#events button.event')[2].getAttribute('aria-pressed') === 'true');
  const thirdId = await third.getAttribute('data-event-id');
  const want = events.events.find((e) => e.event_id === thirdId);
  await page.waitForFunction((t) => document.querySelector('#evidence .sentence')?.textContent === t, want.sentence);

  // Pasting an article codes it without storing it: the list shows what POST /api/code
  // answers, and choosing an event marks its words.
  const article = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../examples/stubb-visits-nairobi.txt'), 'utf8');
  const codedRes = await fetch(base + '/api/code', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: article, date: '2025-03-12' }),
  });
  const coded = await codedRes.json();
  assert.equal(codedRes.status, 200, JSON.stringify(coded));
  assert.ok(coded.events.length > 0, 'the example article codes into events');
  await page.fill('#paste-text', article);
  await page.fill('#paste-date', '2025-03-12');
  await page.click('#paste-form button[type="submit"]');
  await page.waitForFunction((n) => document.querySelectorAll('#paste-events button.event').length === n, coded.events.length);
  assert.match(await page.textContent('#paste-note'), new RegExp(`^${coded.events.length} events? in ${coded.sentences.length} sentences`));
  const pasteDyads = await page.locator('#paste-events .dyad').allTextContents();
  assert.deepEqual(pasteDyads, coded.events.map((e) => `${e.source.code ?? '?'} → ${e.target.code ?? '?'}`));
  await page.locator('#paste-events button.event').first().click();
  await page.waitForSelector('#paste-evidence mark.verb');
  assert.equal(await page.textContent('#paste-evidence mark.verb'), coded.events[0].verb.text);
  assert.equal((await api(base, '/api/summary')).events, summary.events, 'pasted text is not stored');
  await page.screenshot({ path: path.join(out, 'dashboard-paste.png'), fullPage: true });

  // A QuadClass filter narrows further: material conflict only.
  await page.selectOption('#quad', '4');
  await page.click('#filters button[type="submit"]');
  const conflict = await api(base, `/api/events?dyad=RUS,UKR&quad_class=4&from=${summary.first}&to=${summary.last}`);
  await page.waitForFunction((n) => document.querySelectorAll('#events button.event').length === n, conflict.events.length);
  assert.ok(conflict.events.length > 0 && conflict.events.length < 6);

  // An unknown actor is reported, not drawn.
  expected404.add('/api/timeline').add('/api/network').add('/api/places').add('/api/events');
  await page.fill('#actor', 'ZZZ');
  await page.fill('#other', '');
  await page.selectOption('#quad', '');
  await page.click('#filters button[type="submit"]');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /unknown actor 'ZZZ'/);
  // Chromium logs every 4xx fetch as a console error; those four were expected.
  for (let i = problems.length - 1; i >= 0; i--) {
    if (/status of 404/.test(problems[i])) problems.splice(i, 1);
  }
  expected404.clear();

  // A narrow window: one column, nothing wider than the window.
  await page.setViewportSize({ width: 380, height: 900 });
  await page.click('#reset');
  await page.waitForFunction((n) => document.querySelectorAll('#events button.event').length === n, summary.events);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 380px window`);
  await page.screenshot({ path: path.join(out, 'dashboard-narrow.png'), fullPage: true });

  assert.deepEqual(problems, [], 'no console errors, failed requests or unexpected HTTP errors');
  console.log(`PASS: dashboard on ${base}; screenshots in ${out}`);
} catch (err) {
  failed = true;
  console.error(err);
  if (problems.length) console.error('problems seen:\n' + problems.join('\n'));
} finally {
  await context.close();
  proc.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
