// Loads an 'annalist export --format timelinejs' file into TimelineJS3 itself (the pinned npm
// package, served from tests/browser/node_modules by a local server) in headless Chromium:
// one .tl-slide per event besides the title slide, no .tl-message-full error, no console error,
// no request leaving the machine (font: null and a local script_path keep it off the CDN),
// and no article text executed.
// Usage: node timelinejs_check.js TIMELINE.json EXPECTED_EVENTS NAME
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { open, check, checkClean, screenshotDir, finish } = require('./lib');

const [jsonPath, expected, name] = process.argv.slice(2);
const dist = path.join(__dirname, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const doc = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script></head>
<body style="margin:0">
<div id="timeline-embed" style="width:100%;height:640px"></div>
<script>
  window.tlLoaded = false;
  window.timeline = new TL.Timeline('timeline-embed', '/data/timeline.json',
    { font: null, script_path: '/tl/js/', hash_bookmark: false, start_at_slide: 1 });
  window.timeline.on('loaded', function () { window.tlLoaded = true; });
</script></body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
                '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff': 'font/woff',
                '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  let file = null;
  if (url === '/' || url === '/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(page);
  }
  if (url === '/data/timeline.json') file = jsonPath;
  else if (url.startsWith('/tl/')) file = path.join(dist, path.normalize(url.slice(4)).replace(/^(\.\.[/\\])+/, ''));
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

(async () => {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = 'http://127.0.0.1:' + server.address().port;
  const { page: p, log, close } = await open((u) => u.startsWith(origin + '/') || u.startsWith('data:'));
  await p.goto(origin + '/');
  await p.waitForFunction(() => window.tlLoaded === true, null, { timeout: 20000 })
    .catch(() => check(false, 'TimelineJS did not fire "loaded" within 20 s'));
  await p.waitForTimeout(1500);  // slides are laid out after "loaded"

  const n = Number(expected);
  check(doc.events.length === n, 'the file holds ' + doc.events.length + ' events, the store ' + n + ' dated ones');
  const slides = await p.$$eval('.tl-slide', (s) => s.length);
  check(slides === n + 1, slides + ' .tl-slide elements for ' + n + ' events + the title slide');
  const errors = await p.$$eval('.tl-message-full', (m) => m.map((e) => e.textContent));
  check(errors.length === 0, 'TimelineJS error message: ' + JSON.stringify(errors));
  const headlines = await p.$$eval('.tl-slide .tl-headline', (h) => h.map((e) => e.textContent));
  for (const e of doc.events) {
    const want = e.text.headline.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
      .replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
    check(headlines.includes(want), 'a slide shows "' + want + '"');
  }
  const unescape = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
  // The date as known ("late June 2021") is what each slide shows above its headline.
  const dates = await p.$$eval('.tl-slide .tl-headline-date', (h) => h.map((e) => e.textContent.trim()));
  for (const e of doc.events) {
    if (e.display_date) check(dates.includes(unescape(e.display_date)), 'a slide shows the date "' + e.display_date + '"');
  }
  const groups = await p.$$eval('.tl-timegroup-message', (g) => g.map((e) => e.textContent.trim()));
  for (const g of new Set(doc.events.map((e) => e.group).filter(Boolean))) {
    check(groups.includes(unescape(g)), 'the time nav shows the group "' + g + '"');
  }
  const links = doc.events.reduce((n, e) => n + (e.text.text.match(/<a href=/g) || []).length, 0);
  const shown = await p.$$eval('.tl-slide .tl-text-content a[href]', (a) => a.length);
  check(shown === links, shown + ' source links on the slides for ' + links + ' in the file');
  // The title slide names the chronology; its links read as the source names in the file.
  const title = await p.$$eval('.tl-slide-titleslide .tl-headline', (h) => h.map((e) => e.textContent));
  check(title.includes(unescape(doc.title.text.headline)), 'the title slide shows "' + doc.title.text.headline + '"');
  const labels = await p.$$eval('.tl-slide .tl-text-content a[href]', (a) => a.map((e) => e.textContent));
  const inFile = [];
  for (const e of doc.events) for (const m of e.text.text.matchAll(/<a [^>]*>([^<]*)<\/a>/g)) inFile.push(unescape(m[1]));
  check(JSON.stringify(labels.slice().sort()) === JSON.stringify(inFile.slice().sort()), 'source links are labelled as in the file');
  // Eras in the time navigation.
  const eras = await p.$$eval('.tl-timeera', (e) => e.map((x) => x.textContent.trim()));
  for (const era of doc.eras || []) check(eras.includes(unescape(era.text.headline)), 'the time nav shows the era "' + era.text.headline + '"');
  const markers = await p.$$eval('.tl-timemarker', (m) => m.length);
  check(markers === n, markers + ' time-nav markers for ' + n + ' events');
  check(await p.evaluate(() => window.__pwned === undefined), 'window.__pwned was set by article text');
  check((await p.$$('.tl-slide [onload], .tl-slide [onerror], .tl-slide script')).length === 0,
        'article text became markup in a slide');

  const shot = path.join(screenshotDir(), name + '.png');
  await p.screenshot({ path: shot });
  console.log('screenshot: ' + shot);
  checkClean(log, name);
  await close();
  server.close();
  finish('timelinejs_check ' + name);
})().catch((e) => { console.log('FAIL: ' + (e.stack || e)); process.exit(1); });
