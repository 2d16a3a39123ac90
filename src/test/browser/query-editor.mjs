// A user at the query editor, in headless Chromium driven by Playwright (run by QueryEditorIT):
//   node query-editor.mjs <server root, e.g. http://localhost:3030> <folder for screenshots and downloads>
// It opens /query, picks example 01 and runs it, clicks a result, opens a shared link in a fresh browser,
// downloads CSV, visits a search page and the other pages, and prints what it saw as one JSON object
// (the Java test asserts on it). Every request the browser makes is recorded, whatever its host.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [root, out] = process.argv.slice(2);
if (!root || !out) {
  console.error('usage: node query-editor.mjs <server root> <output folder>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const seen = { requests: [], errors: [], queries: [] };

async function fresh(locale = 'en-GB') {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1500, height: 950 }, locale });
  context.on('request', (r) => {
    seen.requests.push(r.url());
    if (r.url().endsWith('/resgraph/sparql') && r.method() === 'POST') seen.queries.push(r.postData() ?? '');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => seen.errors.push(`${page.url()}: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.setDefaultTimeout(30000);
  return { context, page };
}

function table(page) {
  return page.$$eval('.tabPanel.active .yasr_results table tbody tr', (rows) => rows.map((tr) => [...tr.querySelectorAll('td')]
    .slice(1).map((td) => td.innerText.trim())));
}

async function run(page) {
  await page.locator('.yasqe_queryButton:visible').click();
  await page.waitForSelector('.yasr_results table tbody tr:visible');
}

const result = {};
try {
  // 1. the editor, example 01, run
  const first = await fresh();
  let page = first.page;
  await page.goto(`${root}/query`);
  await page.waitForSelector('#example-list a');
  const example = page.locator('#example-list a[data-file="01-series-lineage.rq"]');
  result.examples = await page.locator('#example-list a').count();
  result.question01 = await example.innerText();
  await example.click();
  result.editorHasExample = (await page.evaluate(() => window.resgraphEditor.getTab().getQuery())).includes('rg:recalls+');
  result.timeoutShown = await page.inputValue('#timeout');
  result.timeoutMax = await page.getAttribute('#timeout', 'max');
  await page.fill('#timeout', '7');
  await page.dispatchEvent('#timeout', 'change');
  const asked = seen.queries.length;
  await run(page);
  result.timeoutSent = new URLSearchParams(seen.queries.slice(asked).find((b) => b.includes('recalls')) ?? '').get('timeout');
  result.rows01 = await table(page);
  await page.screenshot({ path: join(out, 'query.png') });

  // 2. a result IRI opens its page on this server
  const link = page.locator('.yasr_results table tbody a.iri[href^="/doc/"]:visible').first();
  result.linkText = await link.innerText();
  result.linkHref = await link.getAttribute('href');
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/query')), link.click()]);
  result.landedOn = page.url();
  result.landedHeading = await page.locator('h1').first().innerText();

  // 3. a shared link, opened by someone else (a fresh browser, nothing stored)
  await page.goto(`${root}/query?example=01-series-lineage.rq`);
  await page.waitForSelector('.yasr_results table tbody tr:visible');
  const query01 = await page.evaluate(() => window.resgraphEditor.getTab().getQuery());
  await page.click('#share');
  result.shareLink = await page.inputValue('#copied-text');
  const second = await fresh();
  await second.page.goto(result.shareLink);
  await second.page.waitForSelector('.yasr_results table tbody tr:visible');
  const shared = await second.page.evaluate(() => window.resgraphEditor.getTab().getQuery());
  result.sharedQuerySame = shared === query01;
  result.sharedRows = await table(second.page);

  // 4. downloads: CSV, and the curl command the page gives
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads button[data-format="csv"]')]);
  result.csvFile = join(out, 'results.csv');
  await download.saveAs(result.csvFile);
  result.csvName = download.suggestedFilename();
  await page.click('#curl');
  result.curl = await page.inputValue('#copied-text');

  // 5. search, with passages; and the other pages, for the requests they make
  result.searchMarks = {};
  // a reader of each language searching in it (Accept-Language picks the analyser of inflected forms)
  const searches = [['en', 'vaccine'], ['fr', 'vaccin'], ['es', 'vacuna'], ['ru', 'вакцинация'], ['ar', 'لقاح'], ['zh', '工业发展']];
  for (const [language, words] of searches) {
    const reader = await fresh(language);
    await reader.page.goto(`${root}/search?q=${encodeURIComponent(words)}`);
    result.searchMarks[words] = await reader.page.locator('.passage mark').count();
    await reader.context.close();
  }
  await page.goto(`${root}/search?q=${encodeURIComponent('工业发展')}`);
  await page.screenshot({ path: join(out, 'search.png') });
  await page.goto(`${root}/`);
  await page.goto(`${root}/doc/un/A/RES/59/249`);
  const describe = page.locator('a[href^="/query?query="]').first();
  result.describeHref = (await describe.count()) ? await describe.getAttribute('href') : null;
  result.headerEditorLink = await page.locator('header a[href="/query"]').count();
  await first.context.close();
  await second.context.close();
} catch (e) {
  result.failure = String(e && e.stack ? e.stack : e);
} finally {
  await browser.close();
}
result.requests = seen.requests;
result.errors = seen.errors;
console.log(JSON.stringify(result));
