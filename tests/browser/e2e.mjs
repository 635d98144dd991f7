// End-to-end test of the Chronicle dashboard in headless Chromium (playwright-core).
// Builds nothing itself: run.sh builds `chronicle` and passes its path in CHRONICLE_BIN.
// Ingests the bundled samples (when present) and the hand-written fixture Docs into a
// temp database, serves it on a free loopback port, drives every dashboard view and
// saves screenshots under docs/screenshots/.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const bin = process.env.CHRONICLE_BIN || join(root, 'target', 'debug', 'chronicle');
const shots = join(root, 'docs', 'screenshots');
mkdirSync(shots, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'chronicle-e2e-'));
const db = join(work, 'e2e.db');

let passed = 0, failed = 0;
function check(name, cond, detail = '') {
  if (cond) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

function run(args) {
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`chronicle ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`);
}

let server, context;
try {
  const samples = join(root, 'samples');
  if (existsSync(samples)) {
    // Skipped records make ingest exit 1; the samples may hold deliberately odd files.
    const r = spawnSync(bin, ['ingest', '--no-progress', '--db', db, samples], { encoding: 'utf8' });
    check('ingest samples/', r.status === 0 || r.status === 1, r.stderr);
  }
  run(['ingest', '--docs', '--no-progress', '--db', db, join(here, 'fixtures', 'example-docs.jsonl')]);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--db', db, '--addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitFor(`${base}/api/v1/stats`, 30000);

  const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  const ready = name => page.waitForSelector(`#view[data-ready="${name}"]`, { timeout: 15000 });

  // 1. Search for an actor.
  await page.goto(`${base}/#/search`);
  await ready('search');
  await page.fill('#search-form input[name=actor]', 'Putin');
  await page.click('#search-form button[type=submit]');
  await page.waitForSelector('#article-results a.article-link', { timeout: 15000 });
  const hits = await page.$$eval('#article-results a.article-link', as => as.map(a => a.getAttribute('href')));
  check('actor search finds the article', hits.includes('#/article/ex-1'), JSON.stringify(hits));
  await page.screenshot({ path: join(shots, 'search.png'), fullPage: true });

  // 2. Open the article; a quote and an event are highlighted and explain themselves.
  await page.click('#article-results a[href="#/article/ex-1"]');
  await ready('article');
  const quotes = await page.$$eval('#article-text .hl-quote', xs => xs.map(x => x.textContent).join(''));
  check('quote highlighted', quotes.includes('dangerous adventure'), quotes);
  const events = await page.$$eval('#article-text .hl-event', xs => xs.map(x => x.textContent));
  check('event triggers highlighted', events.includes('asked') && events.includes('massed'), JSON.stringify(events));
  check('speaker highlighted', (await page.$$eval('#article-text .hl-speaker', xs => xs.map(x => x.textContent).join(''))).includes('Peskov'));
  check('claim highlighted', (await page.$$eval('#article-text .hl-claim', xs => xs.map(x => x.textContent).join(''))).includes('115,000'));
  const byline = await page.$$eval('h1 + p.muted', xs => xs.map(x => x.textContent).join(''));
  check('byline shown', byline.includes('by Mara Ilic'), byline);
  await page.click('#article-text .hl-event >> text=asked');
  await page.waitForSelector('#detail:not([hidden]) .rec[data-kind=event]');
  const det = await page.textContent('#detail');
  check('event record shows its pattern', det.includes('example.request.asked') && det.includes('REQUEST'), det);
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
  await page.click('#article-text .hl-quote >> nth=0');
  const qdet = await page.textContent('#detail');
  check('quote record shows speaker and rule', qdet.includes('Dmitry Peskov') && qdet.includes('example:quote.said'), qdet);

  // 3. The other views.
  await page.goto(`${base}/#/timeline?actor=RUS&bucket=day`);
  await ready('timeline');
  check('timeline chart drawn', (await page.$$('#timeline-chart rect')).length >= 3);
  await page.screenshot({ path: join(shots, 'timeline.png'), fullPage: true });

  await page.goto(`${base}/#/network`);
  await ready('network');
  check('network drawn', (await page.$$('#network-chart g.node')).length >= 4);
  await page.screenshot({ path: join(shots, 'network.png'), fullPage: true });

  await page.goto(`${base}/#/sources`);
  await ready('sources');
  const src = await page.textContent('#sources-table');
  check('source profiles listed', src.includes('site-34') && src.includes('Dmitry Peskov'), src);
  await page.screenshot({ path: join(shots, 'sources.png'), fullPage: true });

  await page.goto(`${base}/#/conflicts`);
  await ready('conflicts');
  const conf = await page.textContent('#conflicts-table');
  check('conflicting claims listed', conf.includes('115,000') && conf.includes('100,000'), conf);
  check('a conflict shows its setting', conf.includes('mass@border'), conf);
  await page.screenshot({ path: join(shots, 'conflicts.png'), fullPage: true });

  check('no page errors', errors.length === 0, JSON.stringify(errors));
} catch (e) {
  failed++;
  console.log(`FAIL e2e: ${e.stack || e}`);
} finally {
  if (context) await context.close().catch(() => {});
  if (server) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
