// Opens each HTML report in Debian's Chromium (driven by playwright-core, no browser
// download), runs axe-core with the WCAG 2.0/2.1 A and AA rules, follows the contents
// links, records every network request the page makes, measures the page at 320 px
// (reflow), validates the markup with html-validate and takes a full-page screenshot at
// 1280 px. Prints one JSON object; the Python test (tests/e2e/test_html.py) judges it.
//
//   node check.mjs [--screenshot-dir DIR] [--print-dir DIR] FILE.html ...
import { chromium } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function parseArgs(argv) {
  const opts = { screenshotDir: null, printDir: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshot-dir') opts.screenshotDir = argv[++i];
    else if (argv[i] === '--print-dir') opts.printDir = argv[++i];
    else opts.files.push(resolve(argv[i]));
  }
  return opts;
}

async function validate(file) {
  // "recommended": conformance to the HTML standard (content models, attributes, ids,
  // ARIA) and the preset's accessibility and best-practice rules.
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const report = await validator.validateFile(file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => ({ rule: m.ruleId, severity: m.severity, line: m.line, message: m.message })));
  return { valid: report.valid, errors: report.errorCount, warnings: report.warningCount, messages };
}

async function inBrowser(context, file, opts) {
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests = [];
  // Anything besides the page itself is an external resource: recorded and refused.
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requests.push(u);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: AXE_SOURCE });
  const axe = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const brief = (v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) });
    const why = (v) => ({ id: v.id, nodes: v.nodes.length,
      reasons: [...new Set(v.nodes.flatMap((n) => n.any.map((c) => c.message)))].slice(0, 5),
      examples: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)) });
    return { violations: r.violations.map(brief), passes: r.passes.length,
             incomplete: r.incomplete.map(why) };
  }, WCAG_TAGS);
  const links = await page.evaluate(() => {
    const out = { toc: 0, broken: [], skipTarget: false, lang: document.documentElement.lang,
                  title: document.title, h1: document.querySelectorAll('h1').length };
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      if (a.closest('nav')) out.toc++;
      if (!document.getElementById(id)) out.broken.push(a.getAttribute('href'));
    }
    const skip = document.querySelector('a.skiplink');
    out.skipTarget = !!(skip && document.querySelector(skip.getAttribute('href')));
    return out;
  });
  // A contents link must move the reader: clicking the last one scrolls the page.
  const last = page.locator('nav a').last();
  let scrolled = null;
  if (await last.count()) {
    await last.click();
    scrolled = await page.evaluate(() => window.scrollY);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  let screenshot = null;
  if (opts.screenshotDir) {
    screenshot = join(opts.screenshotDir, basename(file).replace(/\.html$/, '.png'));
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  // WCAG 1.4.10 (reflow): at 320 CSS px nothing but a table region scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  const reflowWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1280, height: 900 });
  let print = null;
  if (opts.printDir) {
    print = join(opts.printDir, basename(file).replace(/\.html$/, '-afdruk.pdf'));
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: print, format: 'A4', preferCSSPageSize: true });
  }
  await page.close();
  return { axe, links, scrolled, reflowWidth, requests, screenshot, print };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // A fresh profile each run (playwright passes it as --user-data-dir).
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
    for (const file of opts.files) {
      const browserResult = await inBrowser(context, file, opts);
      results.push({ file, ...browserResult, validation: await validate(file) });
    }
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
