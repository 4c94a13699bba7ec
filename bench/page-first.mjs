// Where the time to the sample's first annotation goes: one traced navigation
// of a fresh browser context to dist/ (served on localhost), printed as a
// timeline of the page's and its worker's main steps, in ms after the
// navigation began. For finding the waterfall, not for the figures in
// docs/benchmarks.md (those are bench/page-bench.mjs's medians).
//   node bench/page-first.mjs [--runs N] [--trace FILE] [--dist DIR]
//   node bench/page-first.mjs --quick [--runs N] [--dist DIR]   (no trace: each
//   run's time to the painted mark, and their median)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { endTrace, watchPainted } from './page-trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 1));
const TRACE = opt('--trace', null);
const CATEGORIES = '-*,toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8.wasm,blink.user_timing,loading,netlog';

const DIST = opt('--dist', `${root}dist`);
const { server, url } = await serve(DIST, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// The steps worth seeing: script evaluation, wasm compilation, fetches, messages, marks.
const INTERESTING = /^(EvaluateScript|v8\.compile|v8\.wasm\.\w+|wasm\.\w+|ResourceSendRequest|ResourceFinish|ParseHTML|FunctionCall|HandlePostMessage|ParseAuthorStyleSheet|Layout|UpdateLayoutTree|Paint|claimscope:\w+|navigationStart|firstContentfulPaint|v8.run)/;

if (args.includes('--quick')) {
  const times = [];
  const requested = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { painted: first, steps } = await watchPainted(page);
    await page.goto(url);
    times.push(await first);
    requested.push((await steps).requestStart);
    await context.close();
  }
  const med = (xs) => Math.round(xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  const own = times.map((t, i) => t - requested[i]);
  console.log(`first painted annotation, ms after navigation: ${times.map(Math.round).join(' ')}; median ${med(times)}`);
  console.log(`of which before the HTML was requested: ${requested.map(Math.round).join(' ')}; median ${med(requested)}`);
  console.log(`from the HTML's request to the painted annotation: ${own.map(Math.round).join(' ')}; median ${med(own)}`);
  await browser.close();
  await new Promise((ok) => server.close(ok));
  process.exit(0);
}

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { painted: first } = await watchPainted(page);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  await page.goto(url);
  const painted = await first;
  const data = await endTrace(cdp);
  await context.close();
  if (TRACE) writeFileSync(TRACE, data);
  const events = JSON.parse(data).traceEvents ?? [];
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(url))
    ?? events.find((e) => e.name === 'navigationStart' && e.pid === events.find((x) => x.name === 'claimscope:painted')?.pid);
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  // Only the page's renderer process (its main thread and its worker): Chromium's own pages run elsewhere.
  const pid = events.find((e) => e.name === 'claimscope:painted')?.pid;
  const rows = events
    .filter((e) => e.pid === pid && e.ts >= t0 && INTERESTING.test(e.name) && (e.ph !== 'X' || e.dur > 1000 || /^(v8\.wasm|wasm|Resource|claimscope)/.test(e.name)))
    .sort((a, b) => a.ts - b.ts);
  console.log(`run ${run + 1}: painted at ${Math.round(painted)} ms`);
  for (const e of rows) {
    const thread = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    const d = e.args?.data ?? {};
    const what = d.url ? String(d.url).split('/').pop() : d.functionName ?? d.fileName?.split('/').pop() ?? '';
    const dur = e.dur != null ? ` ${(e.dur / 1000).toFixed(1)} ms` : '';
    console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)}  ${thread.padEnd(22)} ${e.name}${dur} ${what}`);
  }
}
await browser.close();
await new Promise((ok) => server.close(ok));
