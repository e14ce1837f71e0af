/**
 * Measuring helpers for the benchmarks that report "× floor" (issue 17): interleaved runs of a
 * piece of code and its floor, medians, and bytes allocated per call.
 *
 * Bytes allocated: V8 keeps no running allocation counter that Node exposes, and the heap's used
 * size alone misses whatever a collection freed during the call. So the call runs under
 * `v8.GCProfiler`, which records the heap statistics before and after every collection that
 * happens; allocated = (used after − used before) + Σ (used before each GC − used after it). The
 * heap is collected first (`--expose-gc`, set at run time) so no earlier garbage is counted. It is
 * the whole isolate's heap: the vm context's objects live in it too. Checked against known
 * allocations: a million `[i]` arrays measure 57 bytes each (JSArray 32 + a one-element
 * FixedArray 24 on Node 20's uncompressed 64-bit pointers).
 */
import { cpus, loadavg } from 'node:os';
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full collection (the flag above must be set before the first context that reads `gc`). */
export const gc = runInNewContext('gc') as () => void;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Something to hold results in, so no call is optimised away. */
export const sink: unknown[] = [];

/** Bytes allocated on the V8 heap during one call of `run` (see the file comment). */
export function bytesAllocated(run: () => unknown): number {
  gc();
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  const result = run();
  const data = profiler.stop();
  const after = getHeapStatistics().used_heap_size;
  sink[0] = result;
  let freed = 0;
  for (const s of data?.statistics ?? []) {
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  }
  sink[0] = undefined;
  return after - before + freed;
}

export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Minor page faults during the call: fresh memory the kernel had to map (see paired). */
  readonly faults: number;
}

/**
 * One timed call, in the steady state of repeated calls: no collection first, so a call pays for
 * collecting the garbage of the calls before it as it goes, as the next recalculation would. (A
 * full collection before each call made the code's times about 1.5× longer and noisier: the young
 * generation restarts small and the first scavenges promote more.)
 */
function timeOnce(run: () => unknown): Sample {
  const faultsStart = process.resourceUsage().minorPageFault;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  sink[0] = run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  const faults = process.resourceUsage().minorPageFault - faultsStart;
  sink[0] = undefined;
  return { wallMs, cpuMs: (used.user + used.system) / 1000, faults };
}

export interface Paired {
  /** Median wall ms of the code and of its floor. */
  readonly codeMs: number;
  readonly floorMs: number;
  readonly codeCpuMs: number;
  readonly floorCpuMs: number;
  /** Median of the per-pair ratios code ÷ floor (wall), and its min and max. */
  readonly ratio: number;
  readonly ratioMin: number;
  readonly ratioMax: number;
  /** Median of the per-pair CPU ratios. */
  readonly cpuRatio: number;
  /**
   * Fastest code run ÷ fastest floor run: the least disturbed run of each. Under heavy load a
   * short floor run can finish inside one time slice while a long code run cannot, so this
   * overstates the gap then (2026-11-30: 49–165× against 25–93× by pairs); read it beside them.
   */
  readonly minRatio: number;
  readonly codeMinMs: number;
  readonly floorMinMs: number;
  /**
   * Median minor page faults per call. A call that returns 100,000 rows needs a fresh 800 KB
   * array (V8 puts it in its large-object space, mapped anew), and each page of it faults once;
   * a floor returns a checksum and faults about never. floor.bench.ts prices a fault on this
   * machine and shows the ratio with that time taken out of both sides, beside the plain one.
   */
  readonly codeFaults: number;
  readonly floorFaults: number;
  readonly runs: number;
}

/**
 * The code and its floor in turn (floor, code, code, floor, … so neither always goes first),
 * `runs` pairs after `warmups` untimed pairs (V8 needs several calls of a big input to optimise). On a shared machine the
 * ratio of a pair holds better than either time: both halves see the same load.
 */
export function paired(
  code: () => unknown,
  floor: () => unknown,
  runs: number,
  warmups = 5,
): Paired {
  for (let i = 0; i < warmups; i++) {
    sink[0] = floor();
    sink[0] = code();
  }
  const codeSamples: Sample[] = [];
  const floorSamples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      floorSamples.push(timeOnce(floor));
      codeSamples.push(timeOnce(code));
    } else {
      codeSamples.push(timeOnce(code));
      floorSamples.push(timeOnce(floor));
    }
  }
  const ratios = codeSamples.map((c, i) => c.wallMs / (floorSamples[i] as Sample).wallMs);
  const cpuRatios = codeSamples.map(
    (c, i) => c.cpuMs / Math.max((floorSamples[i] as Sample).cpuMs, 0.001),
  );
  return {
    codeMs: median(codeSamples.map((s) => s.wallMs)),
    floorMs: median(floorSamples.map((s) => s.wallMs)),
    codeCpuMs: median(codeSamples.map((s) => s.cpuMs)),
    floorCpuMs: median(floorSamples.map((s) => s.cpuMs)),
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    cpuRatio: median(cpuRatios),
    minRatio:
      Math.min(...codeSamples.map((c) => c.wallMs)) /
      Math.min(...floorSamples.map((f) => f.wallMs)),
    codeMinMs: Math.min(...codeSamples.map((c) => c.wallMs)),
    floorMinMs: Math.min(...floorSamples.map((f) => f.wallMs)),
    codeFaults: median(codeSamples.map((s) => s.faults)),
    floorFaults: median(floorSamples.map((s) => s.faults)),
    runs,
  };
}

/** The machine line every report starts with: the machine is shared, so the load matters. */
export function machineLine(): string {
  const [one, five] = loadavg();
  return `${new Date().toISOString().slice(0, 16)}Z, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load average ${one?.toFixed(2)} (1 min) ${five?.toFixed(2)} (5 min)`;
}
