// Loads annalist's HTML chart in headless Chromium: no console errors, no network, no injected
// script runs, filters hide exactly the events that do not match, zoom and sorting work.
// Usage: node html_check.js PAGE.html EVENTS.json NAME   (EVENTS.json from 'annalist export --format json')
'use strict';
const fs = require('fs');
const path = require('path');
const { open, check, checkClean, screenshotDir, finish } = require('./lib');

const [pagePath, eventsPath, name] = process.argv.slice(2);
const events = JSON.parse(fs.readFileSync(eventsPath, 'utf8'));

// What each drawn event element stands for, read from its tooltip (not from the page's own
// filter data): blocks "DATE — TYPE\nTITLE\nPARTICIPANTS\n..." separated by blank lines.
async function drawn(page) {
  return page.$$eval('#chart svg g.event:not(.label)', (gs) => gs.map((g) => {
    const a = g.querySelector('a');
    const tip = (a && (a.getAttribute('xlink:title') || a.getAttribute('title'))) || '';
    const blocks = tip.split('\n\n').map((b) => b.split('\n'));
    const label = document.getElementById('lbl-' + g.id);
    return {
      id: g.id,
      visible: getComputedStyle(g).display !== 'none',
      labelVisible: label ? getComputedStyle(label).display !== 'none' : null,
      types: blocks.map((l) => (l[0] || '').split(' — ').pop()),
      actors: blocks.map((l) => (l[2] || '').split(', ')),
      statuses: blocks.map((l) => (/^(planned|cancelled|denied) · /.exec(l[0] || '') || [null, 'occurred'])[1]),
    };
  }));
}

async function rows(page) {
  return page.$$eval('#events tbody tr', (rs) => rs.map((r) => ({
    visible: getComputedStyle(r).display !== 'none',
    type: r.cells[1].textContent, status: r.cells[2].textContent,
    actors: r.cells[3].textContent.split('; '), title: r.cells[4].textContent,
    evidence: r.cells[6].textContent,
  })));
}

async function filterCheck(page, select, value, pass, what) {
  await page.selectOption(select, value);
  const marks = await drawn(page);
  const table = await rows(page);
  const want = events.filter(pass).length;
  check(want > 0, what + ': the filter value matches some event');
  for (const m of marks) {
    const any = m.types.some((t, i) => pass({ type: t, status: m.statuses[i], participants: m.actors[i] }));
    check(m.visible === any, what + ': marker ' + m.id + (any ? ' hidden' : ' shown'));
    check(m.labelVisible === null || m.labelVisible === any, what + ': label of ' + m.id + (any ? ' hidden' : ' shown'));
  }
  for (const r of table) {
    const ok = pass({ type: r.type, status: r.status, participants: r.actors });
    check(r.visible === ok, what + ': table row "' + r.title + '"' + (ok ? ' hidden' : ' shown'));
  }
  check(table.filter((r) => r.visible).length === want, what + ': ' + want + ' rows visible');
  const count = await page.textContent('#f-count');
  check(count === want + ' of ' + events.length + ' events', what + ': count reads "' + count + '"');
  await page.selectOption(select, '');
}

(async () => {
  const { page, log, close } = await open((u) => u.startsWith('file:') || u.startsWith('data:'));
  await page.goto('file://' + path.resolve(pagePath));
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);

  // Nothing injected ran or became markup.
  check(await page.evaluate(() => window.__pwned === undefined), 'window.__pwned was set by article text');
  check((await page.$$('[onload],[onerror],[onclick]')).length === 0, 'event-handler attributes in the DOM');
  check((await page.$$('script')).length === 2, 'exactly the page\'s two script elements');
  check((await page.$$('#chart-main svg')).length === 1 && (await page.$$('#chart svg')).length <= 2 &&
        (await page.$$('svg svg')).length === 0, 'one chart SVG (and its axis strip) and no injected SVG');
  check(!(await page.$$eval('#chart svg a', (as) => as.some((a) =>
    /^\s*javascript:/i.test(a.getAttribute('xlink:href') || a.getAttribute('href') || '')))),
        'a javascript: link in the chart');

  const table = await rows(page);
  check(table.length === events.length, 'table has ' + table.length + ' rows for ' + events.length + ' events');
  for (const e of events) {
    check(table.some((r) => r.evidence === e.evidence), 'evidence shown verbatim: ' + e.evidence.slice(0, 60));
  }
  const marks = await drawn(page);
  check(marks.length > 0 && marks.every((m) => m.visible), 'every event marker drawn and visible');
  const drawnEvents = marks.reduce((n, m) => n + m.types.length, 0);
  check(drawnEvents === events.length, drawnEvents + ' events in marker tooltips, ' + events.length + ' in the store');

  // Filters: one actor, one type, one status, each hiding exactly the non-matching events.
  const actorCounts = {};
  for (const e of events) for (const a of e.participants) actorCounts[a] = (actorCounts[a] || 0) + 1;
  const actor = Object.keys(actorCounts).sort((a, b) => actorCounts[a] - actorCounts[b] || (a < b ? -1 : 1))
    .find((a) => actorCounts[a] < events.length) || Object.keys(actorCounts)[0];
  await filterCheck(page, '#f-actor', actor, (e) => e.participants.includes(actor), 'actor filter "' + actor + '"');
  const type = events.map((e) => e.type).sort()[0];
  await filterCheck(page, '#f-type', type, (e) => e.type === type, 'type filter "' + type + '"');
  const status = events.some((e) => e.status === 'planned') ? 'planned' : events[0].status;
  await filterCheck(page, '#f-status', status, (e) => e.status === status, 'status filter "' + status + '"');
  check((await rows(page)).every((r) => r.visible), 'clearing the filters shows every row again');

  // At 100 % nothing is clipped: every label's text inside its box, every text inside the chart.
  await page.click('#zoom-reset');
  const clipped = await page.evaluate(() => {
    const svg = document.querySelector('#chart-main svg');
    const s = svg.getBoundingClientRect();
    const out = [];
    for (const g of svg.querySelectorAll('g.node')) {
      const texts = g.querySelectorAll('text');
      const poly = g.querySelector('polygon');
      for (const t of texts) {
        const r = t.getBoundingClientRect();
        if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.top < s.top - 0.5 || r.bottom > s.bottom + 0.5)
          out.push('outside the chart: ' + t.textContent);
        if (poly && /\blabel\b/.test(g.getAttribute('class') || '')) {
          const p = poly.getBoundingClientRect();
          if (r.left < p.left - 0.5 || r.right > p.right + 0.5) out.push('out of its label box: ' + t.textContent);
        }
      }
    }
    return out;
  });
  check(clipped.length === 0, 'no clipped text at 100 %: ' + JSON.stringify(clipped.slice(0, 5)));

  // The top axis stays in view: scrolled down (and across), the strip sits at the box's top edge
  // with the same year labels at the same x as the chart's own axis.
  const strip = await page.$('#axis-strip svg');
  if (strip) {
    await page.evaluate(() => {
      const b = document.getElementById('chart');
      b.style.maxHeight = '220px';
      b.scrollTop = b.scrollHeight;
      b.scrollLeft = 120;
    });
    await page.waitForTimeout(100);
    const axis = await page.evaluate(() => {
      const b = document.getElementById('chart').getBoundingClientRect();
      const strip = document.getElementById('axis-strip');
      const s = strip.querySelector('svg').getBoundingClientRect();
      const xs = (sel) => Array.prototype.map.call(document.querySelectorAll(sel), (t) =>
        [t.textContent, t.getBoundingClientRect().left]);
      return { on: strip.classList.contains('on'), visible: getComputedStyle(strip).visibility, boxTop: b.top, stripTop: s.top,
               stripTicks: xs('#axis-strip g.tick text'), chartTicks: xs('#chart-main g.tick.top text') };
    });
    check(axis.on && axis.visible === 'visible', 'scrolled down, the axis strip is shown');
    check(Math.abs(axis.stripTop - axis.boxTop) <= 2, 'the strip sits at the top of the chart box (' + axis.stripTop + ' vs ' + axis.boxTop + ')');
    const same = axis.stripTicks.length === axis.chartTicks.length &&
      axis.stripTicks.every((t, i) => t[0] === axis.chartTicks[i][0] && Math.abs(t[1] - axis.chartTicks[i][1]) < 1.5);
    check(axis.stripTicks.length > 0 && same, 'the strip has the same labels at the same x as the chart axis: ' +
          JSON.stringify(axis.stripTicks) + ' vs ' + JSON.stringify(axis.chartTicks));
    await page.evaluate(() => { const b = document.getElementById('chart'); b.scrollTop = 0; b.scrollLeft = 0; b.style.maxHeight = ''; });
    await page.waitForTimeout(100);
    check(!(await page.$eval('#axis-strip', (s) => s.classList.contains('on'))), 'at the top the strip is hidden (the chart shows its own axis)');
  }

  // Zoom and sorting.
  const w0 = await page.$eval('#chart-main svg', (s) => s.getBoundingClientRect().width);
  await page.click('#zoom-in');
  const w1 = await page.$eval('#chart-main svg', (s) => s.getBoundingClientRect().width);
  check(Math.abs(w1 / w0 - 1.25) < 0.01, 'zoom in scales the chart by 1.25 (got ' + (w1 / w0) + ')');
  // Dragging the chart pans it (at this zoom the seed chart is wider than the box).
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  const box = await page.$eval('#chart', (b) => { const r = b.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, sl: b.scrollLeft, sw: b.scrollWidth, cw: b.clientWidth }; });
  check(box.sw > box.cw + 150, 'zoomed chart is wider than its box');
  {
    await page.mouse.move(box.x + box.w / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.w / 2 - 150, box.y + 20, { steps: 5 });
    await page.mouse.up();
    const sl = await page.$eval('#chart', (b) => b.scrollLeft);
    check(Math.abs(sl - box.sl - 150) < 2, 'dragging left by 150 px pans by 150 px (got ' + (sl - box.sl) + ')');
  }
  await page.click('#zoom-reset');
  await page.click('#events thead th:nth-child(2)');
  const types = (await rows(page)).map((r) => r.type);
  check(types.join() === types.slice().sort().join(), 'sorting by type');
  await page.click('#events thead th:nth-child(2)');
  const back = (await rows(page)).map((r) => r.type);
  check(back.join() === types.slice().reverse().join(), 'second click sorts descending');

  await page.click('#zoom-fit');
  const shot = path.join(screenshotDir(), name + '.png');
  await page.screenshot({ path: shot, fullPage: true });
  check(fs.statSync(shot).size > 10000, 'screenshot written');
  console.log('screenshot: ' + shot);
  checkClean(log, name);
  await close();
  finish('html_check ' + name);
})().catch((e) => { console.log('FAIL: ' + (e.stack || e)); process.exit(1); });
