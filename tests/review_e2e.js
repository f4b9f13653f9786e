// review_e2e.js BASE_URL: the review screen in a real headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core), against a
// running `faxintake serve`.  Run by review_e2e.sh, which prepares the
// store, the users and the server, and checks the store afterwards from
// what this prints on stdout (one JSON line).
//
// Environment: FI_SHOTS=DIR saves queue.png and document.png there (the
// screenshots under docs/ are made this way).
'use strict';
const { chromium } = require('playwright-core');

const base = process.argv[2];
const shots = process.env.FI_SHOTS || '';
let checks = 0;
function check(ok, what) {
  checks++;
  if (!ok) throw new Error('FAIL: ' + what);
}

async function login(page, user, password) {
  await page.goto(base + '/');
  await page.waitForSelector('#login-user', { state: 'visible' });
  await page.fill('#login-user', user);
  await page.fill('#login-password', password);
  await page.click('#login-submit');
  await page.waitForSelector('body[data-view="queue"]');
  // the queue's rows come from a request the view starts: it is marked busy
  // until they are in (under ASan the server can take its time)
  await page.waitForSelector('#queue:not([aria-busy]) tbody tr');
}

// Every page picture loaded and every box placed inside its page.
async function pagesReady(page) {
  await page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll('#page-list .page img')];
    return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0) &&
      document.querySelectorAll('#fields .field[data-field]').length > 0;
  });
  // pictures are decoded off the main thread: wait until they can be painted
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => null))));
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.FI_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const out = {};
  try {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { // expected refusals (401, 403, 422...) show as failed loads; they are checked
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text()); });

    // --- a wrong password, then the intake user logs in
    await page.goto(base + '/');
    await page.fill('#login-user', 'ivy');
    await page.fill('#login-password', 'not the password');
    await page.click('#login-submit');
    await page.waitForFunction(() => document.querySelector('#login-error').textContent.length > 0);
    check(/wrong/i.test(await page.textContent('#login-error')), 'a wrong password is said');
    await login(page, 'ivy', 'intake-secret-9');
    const rows = await page.$$('#queue tbody tr[data-doc]');
    check(rows.length === 3, 'the queue shows the three samples, got ' + rows.length);
    check(await page.isHidden('#admin-link'), 'no admin link for an intake user');
    if (shots) await page.screenshot({ path: shots + '/queue.png' });

    // --- open the next item: the most urgent first
    await page.click('#next');
    await page.waitForSelector('body[data-view="doc"]');
    await pagesReady(page);
    const doc = Number((await page.evaluate(() => location.hash)).replace(/^#\/doc\//, ''));
    check(doc > 0, 'next opened a document');
    out.doc = doc;
    // the boxes: drawn, inside their page picture
    const boxes = await page.$$eval('#page-list .page', (pages) => pages.flatMap((p) => {
      const img = p.querySelector('img').getBoundingClientRect();
      return [...p.querySelectorAll('.box[data-field]')].map((b) => {
        const r = b.getBoundingClientRect();
        return { field: b.dataset.field, w: r.width, h: r.height,
                 inside: r.left >= img.left - 1 && r.right <= img.right + 1 &&
                         r.top >= img.top - 1 && r.bottom <= img.bottom + 1 };
      });
    }));
    check(boxes.length >= 5, 'boxes drawn for the fields, got ' + boxes.length);
    check(boxes.every((b) => b.w > 2 && b.h > 2 && b.inside), 'every box sits on its page');
    // low-confidence or missing fields are marked
    const marked = await page.$$eval('#fields .field.low, #fields .field.missing', (l) => l.length);
    check(marked > 0, 'fields to check are marked');
    // focusing a field makes its box the active one
    await page.focus('#fields input[name="patient_dob"]');
    await page.waitForSelector('.box.active[data-field="patient_dob"]');
    if (shots) await page.screenshot({ path: shots + '/document.png' });

    // --- correct a field with the keyboard alone: Tab to it, type, Enter
    await page.focus('#fields input[name="patient_last_name"]');
    let name = '';
    for (let i = 0; i < 10 && name !== 'patient_dob'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement && document.activeElement.name);
    }
    check(name === 'patient_dob', 'Tab moves from field to field, reached ' + name);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('02/03/1951');
    await page.keyboard.press('Enter');
    // Enter saves, accepts and opens the next item
    await page.waitForFunction((d) => location.hash !== '#/doc/' + d &&
      /^#\/doc\/\d+$/.test(location.hash), doc);
    await pagesReady(page);
    out.next = Number((await page.evaluate(() => location.hash)).replace(/^#\/doc\//, ''));

    // --- Alt+I: needs info, with a reason, by keyboard
    await page.focus('#fields input[name="patient_last_name"]');
    await page.keyboard.press('Alt+I');
    await page.waitForSelector('#reason-dialog', { state: 'visible' });
    await page.keyboard.type('please send the insurance card');
    await page.keyboard.press('Enter');
    await page.waitForFunction((d) => location.hash !== '#/doc/' + d, out.next);
    out.needs_info = out.next;

    // --- a change without the CSRF token is refused, from the page itself
    out.csrf_status = await page.evaluate(async () => (await fetch('/api/queue/next', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
    check(out.csrf_status === 403, 'a POST without X-CSRF-Token: ' + out.csrf_status);

    // --- the intake user on the admin page
    await page.goto(base + '/#/admin/rules');
    await page.waitForFunction(() => /admin/i.test(document.querySelector('#status').textContent));
    check((await page.getAttribute('#status', 'class') || '').includes('error'),
          'the refusal is shown as an error');
    check((await page.$eval('#rules-text', (t) => t.value)) === '', 'no rules shown to intake');
    out.intake_rules_status = await page.evaluate(async () => (await fetch('/api/rules')).status);
    check(out.intake_rules_status === 403, 'GET /api/rules as intake: ' + out.intake_rules_status);

    // --- the admin: test the rules against the reviewed documents, save
    await page.click('#logout');
    await page.waitForSelector('#login-user', { state: 'visible' });
    await login(page, 'ada', 'admin-secret-9');
    await page.goto(base + '/#/admin/rules');
    await page.waitForFunction(() => document.querySelector('#rules-text').value.includes('[field'));
    check(await page.isDisabled('#rules-save'), 'save waits for a test');
    await page.click('#rules-check');
    await page.waitForSelector('#rules-result.ok');
    await page.click('#rules-test');
    await page.waitForSelector('#rules-diff tr td');
    const diffRows = await page.$$eval('#rules-diff tbody tr', (l) => l.length);
    check(diffRows >= 10, 'per-field change table, rows ' + diffRows);
    await page.click('#rules-save');
    await page.click('#confirm-ok');
    await page.waitForFunction(() => /saved/i.test(document.querySelector('#rules-result').textContent));
    // a broken rule is refused with its line before anything is saved
    await page.fill('#rules-text', '[field patient_dob]\nthis is not a rule\n');
    await page.click('#rules-check');
    await page.waitForSelector('#rules-result.error');
    check(/rules:2/.test(await page.textContent('#rules-result')), 'the error names line 2');
    check(await page.isDisabled('#rules-save'), 'a broken text cannot be saved');
    check(errors.length === 0, 'no script errors: ' + errors.join(' | '));
  } finally {
    await browser.close();
  }
  out.checks = checks;
  console.log(JSON.stringify(out));
})().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
