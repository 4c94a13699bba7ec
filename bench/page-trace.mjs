// Chrome traces for bench/page-bench.mjs: recording one through a CDP
// session, the page's main-thread tasks in it, and what the long ones spent
// their time on.
import { readFileSync } from 'node:fs';

// Main-thread tasks come from a Chrome trace ('toplevel' RunTask events on
// the page's renderer main thread): the Long Tasks API leaves out the
// rendering steps (style, layout, paint), which are most of a long article's cost.
export const LIGHT = '-*,toplevel,blink.user_timing';
// CLAIMSCOPE_TRACE_CPU=1 adds V8's sampling profiler (which JS functions ran in each task).
export const HEAVY = `-*,toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing${process.env.CLAIMSCOPE_TRACE_CPU ? ',disabled-by-default-v8.cpu_profiler' : ''}`;

/** Ends tracing on `cdp` and returns the trace as JSON text. */
export async function endTrace(cdp) {
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const parts = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return Buffer.concat(parts).toString('utf8');   // whole, so no character is split between chunks
}

// The page's main thread is the CrRendererMain of the process that set the
// bench:paste mark; tasks from that mark on, each {wall, cpu, afterRequest} in ms.
export function mainTasks(events) {
  const paste = events.find((e) => e.name === 'bench:paste');
  if (!paste) return { all: [] };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === paste.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? paste.tid;
  const request = events.find((e) => e.name === 'claimscope:request' && e.pid === paste.pid && e.ts >= paste.ts);
  // 'toplevel' names a task ThreadControllerImpl::RunTask, the DevTools category RunTask; keep the outermost.
  const tasks = events
    .filter((e) => e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && e.pid === paste.pid && e.tid === tid && e.ts + e.dur >= paste.ts && e.dur > 50_000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of tasks) if (!outer.length || e.ts >= outer.at(-1).ts + outer.at(-1).dur) outer.push(e);
  const all = outer.map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000, afterRequest: request != null && e.ts >= request.ts }));
  return { all };
}

// What each main-thread task over 50 ms spent its time on: self time by event
// (scripts by function and file), from a trace written by pasteRun.
export function explainTrace(file) {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents ?? [];
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  const lines = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    for (const task of list.filter((e) => e.name === 'RunTask' && e.dur > 50_000)) {
      const inside = list.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
      const self = new Map();
      const stack = [];
      const label = (e) => {
        const d = e.args?.data;
        if ((e.name === 'FunctionCall' || e.name === 'v8.callFunction') && d) return `${e.name} ${d.functionName || '(anonymous)'} ${String(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}`;
        return e.name;
      };
      const add = (e, ms) => self.set(label(e), (self.get(label(e)) ?? 0) + ms);
      let taskSelf = task.dur;
      for (const e of inside) {
        while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
        const parent = stack.at(-1);
        if (parent) parent.childSum = (parent.childSum ?? 0) + e.dur;
        else taskSelf -= e.dur;
        stack.push(e);
      }
      for (const e of inside) add(e, (e.dur - (e.childSum ?? 0)) / 1000);
      self.set('(task itself)', taskSelf / 1000);
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`);
      const cpu = task.tdur != null ? ` (${(task.tdur / 1000).toFixed(1)} ms on the CPU)` : '';
      lines.push(`- ${(task.dur / 1000).toFixed(1)} ms${cpu}: ${top.join('; ')}`);
    }
  }
  return lines;
}

/**
 * Installs a watch for the page's first `claimscope:painted` mark; resolves
 * to {painted, steps}: a promise of its time (ms after navigation, the page's
 * own clock: performance.now() counts from the navigation's start), and a
 * promise of the navigation's steps on that clock (PerformanceNavigationTiming:
 * when the HTML was requested, when its first and last bytes came, when it
 * was parsed). Call before page.goto(). The page reports them through the
 * console from a PerformanceObserver installed before its own scripts:
 * polling with page.waitForFunction evaluates Playwright's injected script
 * on the page's main thread (80+ ms on a loaded machine) right while the
 * page starts, which would be measured as the page's own time.
 */
export async function watchPainted(page) {
  let gotSteps;
  const steps = new Promise((resolve) => { gotSteps = resolve; });
  const seen = new Promise((resolve) => {
    page.on('console', (msg) => {
      const m = /^claimscope:painted (\S+) (\{.*\})$/.exec(msg.text());
      if (!m) return;
      gotSteps(JSON.parse(m[2]));
      resolve(Number(m[1]));
    });
  });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name !== 'claimscope:painted') continue;
        const n = performance.getEntriesByType('navigation')[0] ?? {};
        const steps = { requestStart: n.requestStart, responseStart: n.responseStart, responseEnd: n.responseEnd, domInteractive: n.domInteractive };
        // When each file's last byte came, and the page's other marks so far (names without 'claimscope:').
        for (const r of performance.getEntriesByType('resource')) steps[r.name.split('/').pop() || '(page)'] = r.responseEnd;
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('claimscope:')) steps[m.name.slice(11)] = m.startTime;
        // The page's first frame (the shell, before any annotation).
        for (const p of performance.getEntriesByType('paint')) if (p.name === 'first-contentful-paint') steps.fcp = p.startTime;
        console.debug(`claimscope:painted ${e.startTime} ${JSON.stringify(steps)}`);
      }
    }).observe({ type: 'mark' });
  });
  return { painted: seen, steps };
}
