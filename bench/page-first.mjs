// Where the time to the sample's first annotation goes: one traced navigation
// of a fresh browser context to dist/ (served on localhost), printed as a
// timeline of the page's and its worker's main steps, in ms after the
// navigation began. For finding the waterfall, not for the figures in
// docs/benchmarks.md (those are bench/page-bench.mjs's medians).
//   node bench/page-first.mjs [--runs N] [--trace FILE] [--dist DIR [--server FILE]]... [--server-process | --server-both]
//   node bench/page-first.mjs --cpu [--runs N] [--dist DIR]...   (traced runs, builds
//   in turn: the page's main-thread CPU time to the painted mark, its longest
//   layout and all its layouts' time, and its synchronous font requests)
//   node bench/page-first.mjs --frames ...   (adds the compositor's, viz's and the
//   scheduler's trace categories, for what the threads beside the main one do)
//   node bench/page-first.mjs --quick [--runs N] [--dist DIR]... [--fresh-server]   (no trace: each
//   run's time to the painted mark, and their median; with several --dist,
//   the builds take turns run by run, so a change in the machine's load
//   falls on all of them alike)
//   --saved (with any of the above): the page opens on saved work (the
//   sample's text in localStorage, as store.js keeps it), so the worker
//   annotates it, instead of on the sample, which the page annotates itself
import { readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { endTrace, watchPainted } from './page-trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 1));
const TRACE = opt('--trace', null);
// 'fonts': the renderer's synchronous font requests to the browser process
// (a family's match, a face and size's render style), which fill its first layouts.
// --frames adds the compositor's, the scheduler's and the raster threads' categories.
const FRAME_CATEGORIES = ',cc,viz,gpu,renderer.scheduler,disabled-by-default-devtools.timeline.frame,benchmark,blink,v8';
const CATEGORIES = '-*,toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8.wasm,blink.user_timing,loading,netlog,fonts'
  + (process.env.CLAIMSCOPE_TRACE_CPU ? ',disabled-by-default-v8.cpu_profiler' : '')
  + (args.includes('--frames') ? FRAME_CATEGORIES : '');

// Several --dist DIR are measured run by run in turn (A/B), each from its own server.
const DIRS = args.flatMap((a, i) => (a === '--dist' && args[i + 1] ? [args[i + 1]] : []));
if (DIRS.length === 0) DIRS.push(`${root}dist`);
// --server-both: each build served both ways, in this process and in one of
// its own, taking turns run by run like several builds (the two settings
// compared in the same rounds, not in series minutes apart).
// --server FILE (repeatable, one per --dist, in order): that build's server
// script instead of scripts/serve.mjs, to compare two servers' versions.
const SCRIPTS = args.flatMap((a, i) => (a === '--server' && args[i + 1] ? [resolve(args[i + 1])] : []));
const SETUPS = DIRS.flatMap((dir, i) => {
  const script = SCRIPTS[i] ?? `${root}scripts/serve.mjs`;
  if (args.includes('--server-both')) return [{ dir, script, apart: false }, { dir, script, apart: true }];
  return [{ dir, script, apart: args.includes('--server-process') }];
});
const DISTS = SETUPS.map(({ dir, script, apart }) => [
  dir,
  SCRIPTS.length ? ` served by ${script}` : '',
  args.includes('--server-both') ? ` (${apart ? 'server process' : 'in-process server'})` : '',
].join(''));
// --server-process: each server runs as a process of its own, as `npm start`
// runs it, instead of in this one, where its answers wait while this
// process handles Playwright's traffic with the browser.
// Each server's answers (path, arrived, finished: monotonic µs, the clock of
// Chromium's traces), for the waterfall's server columns.
const answerLog = [];
const logAnswer = (path, arrived, finished) => answerLog.push({ path, arrived, finished });
function serveApart(dir, script) {
  const child = spawn(process.execPath, [script, '--port', '0', '--dir', dir, '--log-timing'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let left = '';
  child.stderr.on('data', (chunk) => {
    const lines = (left + chunk).split('\n');
    left = lines.pop();
    for (const line of lines) {
      const m = /^answer (\S+) (\d+) (\d+)$/.exec(line);
      if (m) logAnswer(m[1], Number(m[2]), Number(m[3]));
      else process.stderr.write(`${line}\n`);
    }
  });
  return new Promise((ok, fail) => {
    child.once('error', fail);
    child.stdout.once('data', (chunk) => {
      const url = String(chunk).match(/http:\/\/\S+\//)?.[0];
      if (!url) fail(new Error(`serve.mjs said: ${chunk}`));
      ok({ url, server: { close: (done) => { child.once('exit', () => done()); child.kill(); } } });
    });
  });
}
const startServer = async ({ dir, script, apart }) => (apart ? serveApart(dir, script) : (await import(pathToFileURL(script))).serve(dir, 0, '127.0.0.1', { onAnswer: logAnswer }));
const servers = await Promise.all(SETUPS.map(startServer));
const { url } = servers[0];
// --saved: the article the page restores, the sample's text (the project's own).
const SAVED_TEXT = args.includes('--saved') ? readFileSync(`${root}web/sample-article.txt`, 'utf8') : null;
async function openOnSavedWork(page) {
  if (SAVED_TEXT == null) return;
  await page.addInitScript((text) => localStorage.setItem('claimscope.state', JSON.stringify({ v: 1, text })), SAVED_TEXT);
}
const closeServers = () => Promise.all(servers.map(({ server }) => new Promise((ok) => server.close(ok))));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // --browser-arg X (repeatable): a flag for Chromium, for diagnostics (e.g. --js-flags=--no-wasm-tier-up).
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...args.flatMap((a, i) => (a === '--browser-arg' && args[i + 1] ? [args[i + 1]] : []))],
});

// Each request of the page: when the renderer asked for it, when the network
// service sent it (after a free connection and its connect), when the
// answer's headers came and the body was done in the network service, and
// when the renderer's main thread took the end of it (which waits for
// whatever task that thread is running then). On the trace's clock, ms after
// the navigation began. "got" and "answered": when the server read the
// request and handed its answer to the system (its own log, same clock), so
// that a late answer shows whether the server waited for a core.
function printRequests(events, t0) {
  const ms = (ts) => ((ts - t0) / 1000).toFixed(0);
  const net = (seconds, plus = 0) => ((seconds * 1e6 - t0) / 1000 + plus).toFixed(0);
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId || !/^Resource(SendRequest|ReceiveResponse|Finish)$/.test(e.name)) continue;
    if (!requests.has(d.requestId)) requests.set(d.requestId, {});
    const r = requests.get(d.requestId);
    if (e.name === 'ResourceSendRequest') Object.assign(r, { file: String(d.url).split('/').pop() || '(page)', asked: ms(e.ts) });
    if (e.name === 'ResourceReceiveResponse' && d.timing) {
      r.sent = net(d.timing.requestTime, d.timing.sendStart);
      r.headers = net(d.timing.requestTime, d.timing.receiveHeadersEnd);
    }
    if (e.name === 'ResourceFinish') Object.assign(r, { done: d.finishTime ? net(d.finishTime) : '', taken: ms(e.ts) });
  }
  const answers = answerLog.filter((a) => a.arrived >= t0);
  for (const r of requests.values()) {
    const i = answers.findIndex((a) => (a.path.split('?')[0].split('/').pop() || '(page)') === r.file);
    if (i < 0) continue;
    Object.assign(r, { got: ms(answers[i].arrived), answered: ms(answers[i].finished) });
    answers.splice(i, 1);
  }
  console.log('request                 asked   sent    got answered headers   done  taken (ms)');
  for (const r of requests.values()) {
    console.log(`${(r.file ?? '(page)').slice(0, 22).padEnd(22)} ${[r.asked, r.sent, r.got, r.answered, r.headers, r.done, r.taken].map((x) => String(x ?? '').padStart(6)).join(' ')}`);
  }
}

// --frames: from the rendered mark to the painted one, what the page's main
// thread does (the end of the parse: DOMContentLoaded and the load event
// with their forced style and layout, then the frame's steps) and when the
// compositor asked for the frame; wall ms (CPU ms).
const AFTER_RENDERED = /^(Document::FinishedParsing|Document::UpdateStyleAndLayout|RenderFrameImpl::DidDispatchDOMContentLoadedEvent|Document::SetReadyState|ProxyMain::BeginMainFrame|FireAnimationFrame|UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|ProxyImpl::ScheduledActionSendBeginMainFrame|claimscope:\w+)$/;
function printAfterRendered(events, t0, names) {
  const from = events.find((e) => e.name === 'claimscope:rendered')?.ts;
  const to = events.find((e) => e.name === 'claimscope:painted')?.ts;
  if (from == null || to == null) return;
  console.log('from the rendered mark to the painted one (ms after navigation, thread, step, wall (CPU)):');
  for (const e of events.filter((x) => x.ts >= from && x.ts <= to && AFTER_RENDERED.test(x.name) && (x.ph !== 'X' || x.dur >= 300)).sort((a, b) => a.ts - b.ts)) {
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '';
    const dur = e.ph === 'X' ? ` ${(e.dur / 1000).toFixed(1)} (${((e.tdur ?? e.dur) / 1000).toFixed(1)})` : '';
    console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)}  ${thread.padEnd(14)} ${e.name}${dur}`);
  }
}

// The steps worth seeing: script evaluation, wasm compilation, fetches, messages, marks.
const INTERESTING = /^(EvaluateScript|v8\.compile\w*|v8\.evaluateModule|v8\.wasm\.\w+|wasm\.\w+|ResourceSendRequest|ResourceFinish|ParseHTML|FunctionCall|HandlePostMessage|ParseAuthorStyleSheet|Layout|UpdateLayoutTree|PrePaint|Paint|TimerFire|FireAnimationFrame|claimscope:\w+|navigationStart|firstContentfulPaint|v8.run)$/;

if (args.includes('--quick')) {
  const results = DISTS.map(() => ({ times: [], requested: [], steps: [] }));
  for (let run = 0; run < RUNS; run++) {
    for (const i of servers.keys()) {
      // --fresh-server (--quick): each run's server started for it, so that
      // every run is a fresh server's first page, as after `npm start`.
      if (args.includes('--fresh-server') && run > 0) {
        await new Promise((ok) => servers[i].server.close(ok));
        servers[i] = await startServer(SETUPS[i]);
        await new Promise((ok) => setTimeout(ok, 500));   // its start-up's work done, as a reader's would be
      }
      const distUrl = servers[i].url;
      const context = await browser.newContext();
      const page = await context.newPage();
      const { painted: first, steps } = await watchPainted(page);
      await openOnSavedWork(page);
      await page.goto(distUrl);
      results[i].times.push(await first);
      results[i].steps.push(await steps);
      if (args.includes('--steps')) console.log(`${DISTS[i]}: ${Object.entries(results[i].steps.at(-1)).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
      results[i].requested.push(results[i].steps.at(-1).requestStart);
      await context.close();
    }
  }
  const med = (xs) => Math.round(xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  for (const [i, { times, requested }] of results.entries()) {
    const own = times.map((t, j) => t - requested[j]);
    if (DISTS.length > 1) console.log(`${DISTS[i]}:`);
    console.log(`first painted annotation, ms after navigation: ${times.map(Math.round).join(' ')}; median ${med(times)}`);
    console.log(`of which before the HTML was requested: ${requested.map(Math.round).join(' ')}; median ${med(requested)}`);
    console.log(`from the HTML's request to the painted annotation: ${own.map(Math.round).join(' ')}; median ${med(own)}`);
    // The median of each step over the runs (files: their last byte; marks), in time order.
    const names = [...new Set(results[i].steps.flatMap((st) => Object.keys(st)))].filter((k) => k !== 'requestStart');
    const medians = names.map((k) => [k, med(results[i].steps.map((st) => st[k]).filter((x) => x != null))]).sort((a, b) => a[1] - b[1]);
    console.log(`steps, medians: ${medians.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    // Runs of one round are seconds apart, so their difference carries less of the load's swings.
    if (i > 0) console.log(`minus ${DISTS[0]} in the same round: median ${med(times.map((t, j) => t - results[0].times[j]))} ms`);
  }
  await browser.close();
  await closeServers();
  process.exit(0);
}

// --cpu: no waterfall, but each build's main-thread CPU time (the
// renderer's tasks' thread time) from the navigation to the painted mark,
// which the machine's load moves far less than the wall time.
const cpuOnly = args.includes('--cpu');
const cpu = DISTS.map(() => []);
const afterRendered = DISTS.map(() => []);
const layouts = DISTS.map(() => ({ longest: [], total: [], families: [], strikes: [], late: [], lateMs: [], styleLayoutCpu: [] }));
// The requests that wait for the browser process: a family's match, and a
// strike's (face and size) render style.
const FAMILY_REQUEST = 'FontDataManager::onMatchFamilyStyle';
const STRIKE_REQUEST = 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike';
for (let run = 0; run < RUNS * (cpuOnly ? DISTS.length : 1); run++) {
  const which = cpuOnly ? run % DISTS.length : 0;
  const url = servers[which].url;
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { painted: first } = await watchPainted(page);
  await openOnSavedWork(page);
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
    .filter((e) => e.pid === pid && e.ts >= t0 && INTERESTING.test(e.name) && (e.ph !== 'X' || e.dur > 1000 || /^(v8\.wasm|Resource|claimscope)/.test(e.name)))
    .sort((a, b) => a.ts - b.ts);
  if (cpuOnly) {
    const paintedMark = events.find((e) => e.name === 'claimscope:painted' && e.pid === pid);
    const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === pid && e.tid === main && e.ts >= t0 && e.ts < paintedMark.ts);
    cpu[which].push(tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000);
    // Of which from the rendered mark on (the article's frame, and what runs before it in the same task).
    const renderedMark = events.find((e) => e.name === 'claimscope:rendered' && e.pid === pid);
    const sliceCpu = (e) => ((e.tdur ?? e.dur) * Math.max(0, Math.min(1, (e.ts + e.dur - renderedMark.ts) / e.dur))) / 1000;
    afterRendered[which].push(renderedMark ? tasks.reduce((sum, e) => sum + sliceCpu(e), 0) : NaN);
    const before = events.filter((e) => e.pid === pid && e.tid === main && e.ts >= t0 && e.ts < paintedMark.ts);
    const layoutMs = before.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => e.dur / 1000);
    layouts[which].longest.push(Math.max(0, ...layoutMs));
    layouts[which].total.push(layoutMs.reduce((a, b) => a + b, 0));
    // The CPU (thread) time of all style and layout work to the mark, which
    // the load moves less than their wall time.
    const styleLayout = before.filter((e) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'UpdateLayoutTree'));
    layouts[which].styleLayoutCpu.push(styleLayout.reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0));
    layouts[which].families.push(before.filter((e) => e.name === FAMILY_REQUEST).length);
    layouts[which].strikes.push(before.filter((e) => e.name === STRIKE_REQUEST).length);
    // Those in the article's own frame (after the rendered mark), where they wait on the critical path.
    const rendered = events.find((e) => e.name === 'claimscope:rendered' && e.pid === pid);
    const inFrame = before.filter((e) => rendered && e.ts >= rendered.ts && (e.name === FAMILY_REQUEST || e.name === STRIKE_REQUEST));
    layouts[which].late.push(inFrame.length);
    layouts[which].lateMs.push(inFrame.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000);
    continue;
  }
  console.log(`run ${run + 1}: painted at ${Math.round(painted)} ms`);
  printRequests(events.filter((e) => e.pid === pid), t0);
  if (args.includes('--frames')) printAfterRendered(events.filter((e) => e.pid === pid), t0, names);
  for (const e of rows) {
    const thread = names.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    const d = e.args?.data ?? {};
    const what = d.url ? String(d.url).split('/').pop() : d.functionName ?? d.fileName?.split('/').pop() ?? '';
    const dur = e.dur != null ? ` ${(e.dur / 1000).toFixed(1)} ms` : '';
    console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(7)}  ${thread.padEnd(22)} ${e.name}${dur} ${what}`);
  }
}
if (cpuOnly) {
  const med = (xs) => Math.round(xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
  for (const [i, xs] of cpu.entries()) {
    console.log(`${DISTS[i]}: main-thread CPU ms to the painted mark: ${xs.map(Math.round).join(' ')}; median ${med(xs)}`);
    console.log(`  of which after the rendered mark (prorated by wall time within a task): ${afterRendered[i].map(Math.round).join(' ')}; median ${med(afterRendered[i])}`);
    const { longest, total, families, strikes, late, lateMs, styleLayoutCpu } = layouts[i];
    console.log(`  longest layout (wall ms): ${longest.map(Math.round).join(' ')}; median ${med(longest)}`);
    console.log(`  all layouts to the mark (wall ms): ${total.map(Math.round).join(' ')}; median ${med(total)}`);
    console.log(`  style and layout CPU ms to the mark: ${styleLayoutCpu.map(Math.round).join(' ')}; median ${med(styleLayoutCpu)}`);
    console.log(`  font requests to the mark: family matches ${families.join(' ')}; median ${med(families)}; strikes ${strikes.join(' ')}; median ${med(strikes)}`);
    console.log(`  of which in the article's frame (after the rendered mark): ${late.join(' ')}, wall ms ${lateMs.map(Math.round).join(' ')}; median ${med(late)}, ${med(lateMs)} ms`);
  }
}
await browser.close();
await closeServers();
