// The HTML reports on a phone (390 px) and on a desktop screen (1280 px), in Debian's
// Chromium: the smallest chart text as drawn on the screen, every table that is wider
// than its place (its cue, its fixed first column, and whether scrolling brings the last
// column into view), the page's own sideways overflow, and axe-core at that width.
// Prints one JSON object; tests/e2e/test_html_phone.py judges it.
//
//   node phone.mjs FILE.html ...
import { chromium } from 'playwright-core';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [390, 1280];

function measure() {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Chart text: the computed size times the drawing's scale on the screen.
  const charts = [];
  document.querySelectorAll('figure.grafiek').forEach((fig) => {
    const svgs = [...fig.querySelectorAll('svg.grafiek-plot')].filter(shown);
    let smallest = Infinity, sample = '';
    for (const svg of svgs) {
      const scale = svg.getScreenCTM().a;
      for (const t of svg.querySelectorAll('text')) {
        if (!shown(t) || !t.textContent.trim()) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < smallest) { smallest = px; sample = t.textContent; }
      }
    }
    charts.push({ id: fig.id, drawings: svgs.length, smallest, sample });
  });
  // Tables wider than their place.
  const tables = [];
  document.querySelectorAll('.tabel-schuif').forEach((box) => {
    const table = box.querySelector('table');
    const wide = box.scrollWidth > box.clientWidth + 1;
    const hint = box.parentElement.querySelector('.schuif-hint');
    const first = table.querySelector('tbody tr > :first-child');
    const sticky = first ? getComputedStyle(first).position === 'sticky' : false;
    let lastVisible = true, firstVisible = true;
    if (wide) {
      box.scrollLeft = box.scrollWidth;
      const r = box.getBoundingClientRect();
      const head = table.querySelector('tr');
      const last = head.lastElementChild.getBoundingClientRect();
      lastVisible = last.right <= r.right + 1 && last.left >= r.left - 1;
      const f = first.getBoundingClientRect();
      firstVisible = f.left >= r.left - 1 && f.right <= r.right + 1;
      box.scrollLeft = 0;
    }
    tables.push({ caption: (table.caption ? table.caption.textContent : '').slice(0, 60),
                  columns: table.querySelector('tr').children.length, wide,
                  cue: !!(hint && shown(hint)), sticky, lastVisible, firstVisible });
  });
  return { charts, tables, pageOverflow: document.documentElement.scrollWidth - window.innerWidth };
}

async function check(context, file) {
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: AXE_SOURCE });
  // Every "Cijfers bij deze grafiek" opened: its table is measured and checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const widths = {};
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const m = await page.evaluate(measure);
    m.axe = await page.evaluate(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) }));
    }, WCAG_TAGS);
    widths[width] = m;
  }
  await page.close();
  return { file, widths };
}

async function main() {
  const files = process.argv.slice(2).map((f) => resolve(f));
  const profile = mkdtempSync(join(tmpdir(), 'wr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  try {
    for (const file of files) results.push(await check(context, file));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify({ results }, null, 1) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(2);
});
