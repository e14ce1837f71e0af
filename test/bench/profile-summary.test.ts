/** The CPU-profile summary used for the benchmarks doc: areas, self and inclusive time. */
import { areaOf, type CpuProfile, summarise } from '../../scripts/bench/profile-summary';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

// root → main (src/core/log.ts) → readRow (src/core/log.ts) → readRow (recursion) ; root → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
    { id: 2, callFrame: frame('main', 'file:///w/scripts/analyze.ts'), children: [3] },
    { id: 3, callFrame: frame('readRow', 'file:///w/src/core/log.ts'), children: [4] },
    { id: 4, callFrame: frame('readRow', 'file:///w/src/core/log.ts') },
    { id: 5, callFrame: frame('(garbage collector)', '') },
  ],
  startTime: 0,
  endTime: 10_000,
  samples: [3, 4, 4, 5, 2],
  timeDeltas: [1000, 2000, 3000, 1500, 500],
};

describe('CPU profile summary', () => {
  it('names areas by file, package, Node internals and V8', () => {
    expect(areaOf(frame('f', 'file:///work/wt/x/src/core/status.ts'))).toBe('src/core/status.ts');
    expect(areaOf(frame('parse', 'file:///w/node_modules/papaparse/papaparse.js'))).toBe(
      'node_modules/papaparse',
    );
    expect(areaOf(frame('load', 'file:///w/node_modules/tsx/dist/cjs.cjs'))).toBe(
      'tsx: loading and transforming TypeScript',
    );
    expect(areaOf(frame('Module._load', 'node:internal/modules/cjs/loader'))).toBe(
      'Node internals (module loader, fs, streams)',
    );
    expect(areaOf(frame('(garbage collector)', ''))).toBe('garbage collection');
  });

  it('adds self time per area and function, and inclusive time once per sample', () => {
    const summary = summarise(profile, ['readRow', 'main']);
    expect(summary.totalMs).toBe(8);
    expect(summary.areas).toEqual([
      ['src/core/log.ts', 6],
      ['garbage collection', 1.5],
      ['scripts/analyze.ts', 0.5],
    ]);
    expect(summary.functions[0]).toEqual(['readRow (src/core/log.ts:1)', 6]);
    expect(summary.functions.map(([name]) => name)).toContain(
      '(garbage collector) (garbage collection:1)',
    );
    // Recursion counts once: readRow is on the stack of 3 samples worth 6 ms.
    expect(summary.inclusive).toEqual([
      ['readRow', 6],
      ['main', 6.5],
    ]);
  });
});

describe('CPU profile summary of anonymous functions', () => {
  it('names an anonymous function after its nearest named caller', () => {
    const summary = summarise({
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2] },
        { id: 2, callFrame: frame('statusColumn', 'bundle.js'), children: [3] },
        { id: 3, callFrame: frame('', 'bundle.js') },
      ],
      startTime: 0,
      endTime: 1000,
      samples: [3],
      timeDeltas: [1000],
    });
    expect(summary.functions).toEqual([['statusColumn › (anonymous) (bundle.js:1)', 1]]);
  });
});
