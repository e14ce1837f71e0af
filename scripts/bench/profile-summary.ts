/**
 * Where a process's time goes, from a V8 CPU profile (`node --cpu-prof`): sampled time by area
 * (module loading, tsx's transform, papaparse, each source file, garbage collection, idle), the
 * functions with the most self time, and the inclusive time of named functions (time with that
 * function anywhere on the stack, counted once per sample however deep it recurses).
 *
 *   npx tsx scripts/bench/profile-summary.ts FILE.cpuprofile [functionName ...]
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  /** Microseconds since the previous sample. */
  readonly timeDeltas: readonly number[];
}

/** The area a frame's time is counted in. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle (waiting: I/O, child processes)';
    if (functionName === '(program)') return 'V8 and Node native code (compiling, parsing)';
    return `native: ${functionName}`;
  }
  if (url.includes('/node_modules/tsx/') || url.includes('/node_modules/esbuild/')) {
    return 'tsx: loading and transforming TypeScript';
  }
  const nodeModule = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (nodeModule) return `node_modules/${nodeModule[1]}`;
  if (url.startsWith('node:')) return 'Node internals (module loader, fs, streams)';
  const source = /\/((?:src|scripts|test)\/.*)$/.exec(url.replace(/^file:\/\//, ''));
  return source ? (source[1] as string) : url;
}

export interface Summary {
  /** Sampled ms in total. */
  readonly totalMs: number;
  /** Self ms per area, largest first. */
  readonly areas: readonly (readonly [string, number])[];
  /** Self ms per function ("name (area:line)"), largest first. */
  readonly functions: readonly (readonly [string, number])[];
  /** Inclusive ms of the asked-for function names. */
  readonly inclusive: readonly (readonly [string, number])[];
}

const byValue = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);

export function summarise(profile: CpuProfile, names: readonly string[] = []): Summary {
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  /** An anonymous function is named after its nearest named caller ("readLog › (anonymous)"). */
  const nameOf = (id: number): string => {
    const own = nodes.get(id)?.callFrame.functionName;
    if (own) return own;
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at)?.callFrame.functionName;
      if (name && !name.startsWith('(')) return `${name} › (anonymous)`;
    }
    return '(anonymous)';
  };
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>(names.map((n) => [n, 0]));
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    total += ms;
    const area = areaOf(node.callFrame);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const label = `${nameOf(id)} (${area}:${node.callFrame.lineNumber + 1})`;
    functions.set(label, (functions.get(label) ?? 0) + ms);
    if (names.length === 0) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at)?.callFrame.functionName ?? '';
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
  });
  return {
    totalMs: total,
    areas: byValue(areas),
    functions: byValue(functions),
    inclusive: [...inclusive.entries()],
  };
}

function table(rows: readonly (readonly [string, number])[], total: number, limit: number): string {
  return rows
    .slice(0, limit)
    .map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${((ms / total) * 100).toFixed(1)} % |`)
    .join('\n');
}

if (require.main === module) {
  const [file, ...names] = process.argv.slice(2);
  if (!file) {
    console.error('usage: profile-summary.ts FILE.cpuprofile [functionName ...]');
    process.exit(1);
  }
  const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, names);
  const t = summary.totalMs;
  console.log(`Sampled: ${t.toFixed(0)} ms\n\n| area (self time) | ms | share |\n|---|---:|---:|`);
  console.log(table(summary.areas, t, 25));
  console.log('\n| function (self time) | ms | share |\n|---|---:|---:|');
  console.log(table(summary.functions, t, 25));
  if (names.length > 0) {
    console.log('\n| function (inclusive) | ms | share |\n|---|---:|---:|');
    console.log(table(summary.inclusive, t, names.length));
  }
}
