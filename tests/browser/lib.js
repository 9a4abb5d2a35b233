// Shared by the browser checks: headless Chromium through playwright-core, with every request
// that leaves the machine refused and recorded, and console errors collected.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
               '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let failures = 0;
function check(ok, what) {
  if (ok) return;
  failures += 1;
  console.log('FAIL: ' + what);
}

// Opens a page; `allowed(url)` says which requests may go through (file:, data:, a local server).
async function open(allowed) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'annalist-chromium-'));
  // A fresh profile per run: nothing cached or remembered between runs.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] || await context.newPage();
  const log = { errors: [], blocked: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    log.blocked.push(url);
    return route.abort();
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, log, close };
}

function checkClean(log, what) {
  check(log.errors.length === 0, what + ': console errors: ' + JSON.stringify(log.errors));
  check(log.blocked.length === 0, what + ': requests left the machine: ' + JSON.stringify(log.blocked));
  check(log.dialogs.length === 0, what + ': a dialog opened (injected script ran): ' + JSON.stringify(log.dialogs));
}

function screenshotDir() {
  const dir = process.env.ANNALIST_SCREENSHOTS || path.join(__dirname, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function finish(name) {
  if (failures) {
    console.log(name + ': ' + failures + ' check(s) failed');
    process.exit(1);
  }
  console.log(name + ': all checks passed');
}

module.exports = { open, check, checkClean, screenshotDir, finish };
