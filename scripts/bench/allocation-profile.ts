/**
 * Where a custom function's bytes are allocated: V8's sampling heap profiler (through
 * node:inspector) around calls of STRENGTH_STATUS, STALE, E1RM or STRENGTH_RATIO through dist/ in
 * a plain context, on the synthetic log with a bodyweight on every row. Objects that were collected
 * before the profile stopped are kept in it (includeObjectsCollectedByMajorGC/MinorGC), so the
 * figures are bytes allocated, not bytes still alive; each sampled allocation stands for about
 * `samplingInterval` bytes, so small functions' shares are estimates.
 *
 *   npx tsx scripts/bench/allocation-profile.ts [FUNCTION] [ROWS]     (default STRENGTH_STATUS 100000)
 */
import { Session } from 'node:inspector';
import { distCalls, FUNCTION_NAMES, type FunctionName } from './dist-calls';
import { sink } from './measure';

interface SamplingNode {
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly selfSize: number;
  readonly children: readonly SamplingNode[];
}

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/** A frame's name; built-ins (map, next, sort…) and anonymous functions say whose they are. */
function label(node: SamplingNode, owner: string): string {
  const { functionName, url } = node.callFrame;
  const file = url === '' || url.endsWith('bundle.js') ? '' : ` [${url.split('/').pop()}]`;
  const own = `${functionName || '(anonymous)'}${file}`;
  return url === '' || functionName === '' ? `${owner} › ${own}` : own;
}

/** Self bytes per function, and the bytes under each function (inclusive, once per stack). */
function totals(head: SamplingNode): { self: Map<string, number>; inclusive: Map<string, number> } {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (node: SamplingNode, owner: string, stack: Set<string>): number => {
    const name = label(node, owner);
    const named = node.callFrame.url !== '' && node.callFrame.functionName !== '';
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    const fresh = !stack.has(name);
    const next = fresh ? new Set(stack).add(name) : stack;
    let bytes = node.selfSize;
    for (const child of node.children) bytes += walk(child, named ? name : owner, next);
    if (fresh) inclusive.set(name, (inclusive.get(name) ?? 0) + bytes);
    return bytes;
  };
  walk(head, '(root)', new Set());
  return { self, inclusive };
}

async function main(): Promise<void> {
  const name = (process.argv[2] ?? 'STRENGTH_STATUS') as FunctionName;
  if (!FUNCTION_NAMES.includes(name)) throw new Error(`not one of ${FUNCTION_NAMES.join(', ')}`);
  const rows = Number(process.argv[3]) || 100_000;
  const call = distCalls(rows).call[name];
  for (let i = 0; i < 5; i++) sink[0] = call();

  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.enable');
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 256,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const CALLS = 3;
  for (let i = 0; i < CALLS; i++) sink[0] = call();
  const { profile } = await post<{ profile: { head: SamplingNode } }>(
    session,
    'HeapProfiler.stopSampling',
  );
  session.disconnect();

  const { self, inclusive } = totals(profile.head);
  const all = [...self.values()].reduce((a, b) => a + b, 0) / CALLS;
  const rowsOf = (bytes: number) => (bytes / CALLS / rows).toFixed(0);
  console.log(
    `${name} on ${rows.toLocaleString('en-US')} rows: about ${(all / 1e6).toFixed(1)} MB per call (${(all / rows).toFixed(0)} bytes per row), sampled over ${CALLS} calls\n`,
  );
  console.log(
    '| function (self: allocated in its own body) | MB per call | bytes per row |\n|---|---:|---:|',
  );
  for (const [fnName, bytes] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    if (bytes / CALLS < 0.05e6) break;
    console.log(`| ${fnName} | ${(bytes / CALLS / 1e6).toFixed(1)} | ${rowsOf(bytes)} |`);
  }
  console.log(
    '\n| function (inclusive: it and what it calls) | MB per call | bytes per row |\n|---|---:|---:|',
  );
  for (const [fnName, bytes] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    if (bytes / CALLS < 0.5e6) break;
    console.log(`| ${fnName} | ${(bytes / CALLS / 1e6).toFixed(1)} | ${rowsOf(bytes)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
