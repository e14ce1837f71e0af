/**
 * Runs the analyze command in-process: virtual files by name, anything else read from the
 * repository, stdout and stderr captured, the default time zone pinned so results do not depend
 * on the machine running the tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runAnalyze } from '../../scripts/analyze';
import type { AnalyzeJson } from '../../scripts/cli/output';
import { PATTERNS as CORE_PATTERNS } from '../../src/core/catalogue';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLE = 'examples/runners-log.csv';
export const REAL = {
  strongA: 'test/fixtures/realdata/strong-export-kg-a.csv',
  strongB: 'test/fixtures/realdata/strong-export-kg-b.csv',
  hevy: 'test/fixtures/realdata/hevy-export-kg.csv',
} as const;

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Paths the command asked to read. */
  readonly reads: readonly string[];
}

export function run(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  defaultTimeZone = 'Europe/London',
): Run {
  let stdout = '';
  let stderr = '';
  const reads: string[] = [];
  const code = runAnalyze(argv, {
    readFile: (file) => {
      reads.push(file);
      const virtual = files[file];
      if (virtual !== undefined) return virtual;
      return readFileSync(path.resolve(ROOT, file), 'utf8');
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    defaultTimeZone: () => defaultTimeZone,
  });
  return { code, stdout, stderr, reads };
}

/** Runs with --json and parses stdout; fails the test when the exit code is not 0. */
export function runJson(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  defaultTimeZone?: string,
): AnalyzeJson {
  const result = run([...argv, '--json'], files, defaultTimeZone);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as AnalyzeJson;
}

export const fileLines = (file: string): string[] =>
  readFileSync(path.resolve(ROOT, file), 'utf8').split(/\r?\n/);

/** The documented key order of every object in the JSON. */
export const KEYS = {
  top: ['format', 'unit', 'attention', 'athletes', 'rows', 'problems', 'unrecognised'],
  format: ['app', 'label', 'layout'],
  unit: ['unit', 'decidedBy', 'how'],
  attention: ['rank', 'athlete', 'kind', 'text'],
  athlete: ['name', 'bodyweight', 'unit', 'phase', 'block', 'inactiveSince', 'lifts', 'audit'],
  lift: [
    'exercise',
    'pattern',
    'recognised',
    'bestE1rm',
    'ratio',
    'target',
    'targetReached',
    'stale',
    'lastNewBest',
    'sessionsSinceBest',
    'unitDoubt',
    'slipping',
    'previousBest',
  ],
  finding: ['mistake', 'title', 'evidence', 'advice', 'weight'],
  row: ['line', 'status'],
  problem: ['line', 'message'],
  unrecognised: ['name', 'sets'],
} as const;

const PATTERNS: readonly (string | null)[] = [...CORE_PATTERNS, null];

const isNumberOrNull = (v: unknown): boolean =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/** Every object has exactly the documented keys in order, and every value its documented type. */
export function expectDocumentedShape(json: unknown): void {
  const doc = json as AnalyzeJson;
  expect(Object.keys(doc)).toEqual(KEYS.top);
  doc.attention.forEach((item, i) => {
    expect(Object.keys(item)).toEqual(KEYS.attention);
    expect(item.rank).toBe(i + 1);
    expect(item.athlete === null || doc.athletes.some((a) => a.name === item.athlete)).toBe(true);
    expect(item.text.length).toBeGreaterThan(0);
  });
  expect(Object.keys(doc.format ?? {})).toEqual(KEYS.format);
  expect(['strong', 'hevy', 'fitnotes', 'fitbod', 'log']).toContain(doc.format?.app);
  expect(Object.keys(doc.unit ?? {})).toEqual(KEYS.unit);
  expect(['kg', 'lb']).toContain(doc.unit?.unit);
  expect(['header', 'unit column', 'cells', 'numbers', 'coach', 'undecided']).toContain(
    doc.unit?.decidedBy,
  );
  expect(doc.unit?.how.length).toBeGreaterThan(0);
  for (const a of doc.athletes) {
    expect(Object.keys(a)).toEqual(KEYS.athlete);
    expect(typeof a.name).toBe('string');
    expect(isNumberOrNull(a.bodyweight)).toBe(true);
    expect(['kg', 'lb']).toContain(a.unit);
    expect(a.phase === null || typeof a.phase.phase === 'string').toBe(true);
    expect(Object.keys(a.block)).toEqual(['number', 'start', 'previousEnd', 'breakWeeks']);
    expect(a.inactiveSince === null || /^\d{4}-\d{2}-\d{2}$/.test(a.inactiveSince)).toBe(true);
    for (const l of a.lifts) {
      expect(Object.keys(l)).toEqual(KEYS.lift);
      expect(typeof l.exercise).toBe('string');
      expect(PATTERNS).toContain(l.pattern);
      expect(typeof l.recognised).toBe('boolean');
      // Recognised means a catalogue exercise, which always has a pattern.
      if (l.recognised) expect(l.pattern).not.toBeNull();
      expect(isNumberOrNull(l.bestE1rm)).toBe(true);
      expect(isNumberOrNull(l.ratio)).toBe(true);
      expect(isNumberOrNull(l.target)).toBe(true);
      expect(typeof l.targetReached).toBe('boolean');
      expect(typeof l.stale).toBe('boolean');
      expect(l.lastNewBest === null || /^\d{4}-\d{2}-\d{2}$/.test(l.lastNewBest)).toBe(true);
      expect(Number.isInteger(l.sessionsSinceBest) && l.sessionsSinceBest >= 0).toBe(true);
      expect(l.unitDoubt === null || typeof l.unitDoubt === 'string').toBe(true);
      expect(typeof l.slipping).toBe('boolean');
      expect(l.previousBest === null || /^\d{4}-\d{2}-\d{2}$/.test(l.previousBest.day)).toBe(true);
    }
    for (const f of a.audit) {
      expect(Object.keys(f)).toEqual(KEYS.finding);
      expect(Number.isInteger(f.mistake) && f.mistake >= 1 && f.mistake <= 8).toBe(true);
      expect(f.weight).toBeGreaterThan(0);
      for (const text of [f.title, f.evidence, f.advice]) {
        expect(typeof text).toBe('string');
        expect(text.length).toBeGreaterThan(0);
      }
    }
  }
  for (const r of doc.rows) {
    expect(Object.keys(r)).toEqual(KEYS.row);
    expect(Number.isInteger(r.line) && r.line >= 2).toBe(true);
    expect(r.status).toMatch(/^(|Stale: .+|Slipping: .+|Target reached: .+|New best: .+)$/);
  }
  for (const p of doc.problems) {
    expect(Object.keys(p)).toEqual(KEYS.problem);
    expect(Number.isInteger(p.line)).toBe(true);
    // The line is its own field; the message is only the reason (surfaces add "Row N: ").
    expect(p.message).not.toMatch(/^row \d+/i);
  }
  for (const u of doc.unrecognised) {
    expect(Object.keys(u)).toEqual(KEYS.unrecognised);
    expect(typeof u.name).toBe('string');
    expect(Number.isInteger(u.sets) && u.sets >= 1).toBe(true);
  }
}
