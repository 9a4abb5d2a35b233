// Opens annalist's SVG chart on its own in headless Chromium: no injected script runs, and every
// event has a marker with an id, a class, a tooltip holding its evidence and a link to a source.
// Usage: node svg_check.js CHART.svg EVENTS.json NAME
'use strict';
const fs = require('fs');
const path = require('path');
const { open, check, checkClean, finish } = require('./lib');

const [svgPath, eventsPath, name] = process.argv.slice(2);
const events = JSON.parse(fs.readFileSync(eventsPath, 'utf8'));

(async () => {
  const { page, log, close } = await open((u) => u.startsWith('file:') || u.startsWith('data:'));
  await page.goto('file://' + path.resolve(svgPath));
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__pwned === undefined), 'window.__pwned was set by article text');
  check((await page.$$('[onload],[onerror],script')).length === 0, 'script or event handler in the SVG DOM');
  const marks = await page.$$eval('g.event:not(.label)', (gs) => gs.map((g) => {
    const a = g.querySelector('a');
    return {
      id: g.id, cls: g.getAttribute('class') || '',
      tip: a ? a.getAttributeNS('http://www.w3.org/1999/xlink', 'title') || '' : '',
      href: a ? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '' : '',
    };
  }));
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  for (const e of events) {
    const ev = squash(e.evidence).slice(0, 80);
    const m = marks.find((k) => squash(k.tip).includes(ev));
    check(m, 'a marker tooltip holds the evidence of "' + e.title + '"');
    if (!m) continue;
    check(/^ev-[A-Za-z0-9_-]+$/.test(m.id), 'marker id ' + m.id);
    check(m.cls.split(' ').includes(e.type), 'marker class "' + m.cls + '" names the type ' + e.type);
    check(e.date === '' || squash(m.tip).includes(e.participants.join(', ')), 'tooltip lists the participants of ' + e.title);
    check(m.href !== '' && !/^\s*javascript:/i.test(m.href), 'marker of "' + e.title + '" links to a source (' + m.href + ')');
  }
  checkClean(log, name);
  await close();
  finish('svg_check ' + name);
})().catch((e) => { console.log('FAIL: ' + (e.stack || e)); process.exit(1); });
