/**
 * The preview's pieces without a server: the CSV import typing, the shim injection, and the
 * google.script.run shim's handler rules with a fake transport; `npm start`'s arguments.
 */

import path from 'node:path';
import { createEmulator } from '../../scripts/emulator/emulator';
import { type Answer, createScriptRun } from '../../scripts/preview/client/script-run';
import { injectShim } from '../../scripts/preview/preview';
import { importCell, importCsv } from '../../scripts/preview/sample-log';
import { writeSeasonPlan } from '../../scripts/preview/season-plan';
import { filesFromArgs } from '../../scripts/preview/server';
import { tabsByAthlete } from '../../scripts/preview/tabs';
import { findIllegal, illegalReturnMessage } from '../../scripts/preview/wire';

const LONDON = 'Europe/London';

describe('importing a CSV as Sheets does', () => {
  test('numeric text becomes a number, other text stays as written', () => {
    expect(importCell('40', LONDON)).toEqual({ value: 40, format: '' });
    expect(importCell('102.5', LONDON).value).toBe(102.5);
    expect(importCell('-3', LONDON).value).toBe(-3);
    for (const text of ['182.5 lb', '3x5', '102,5 kg', 'Front squat', '']) {
      expect(importCell(text, LONDON)).toEqual({ value: text, format: '' });
    }
  });

  test('ISO and "Aug 17, 2026" dates become date cells at midnight in the sheet zone', () => {
    const summer = importCell('2026-08-17', LONDON);
    expect((summer.value as Date).toISOString()).toBe('2026-08-16T23:00:00.000Z');
    expect(summer.format).toBe('yyyy-mm-dd');
    const winter = importCell('2026-11-19', LONDON);
    expect((winter.value as Date).toISOString()).toBe('2026-11-19T00:00:00.000Z');
    const named = importCell('Aug 17, 2026', LONDON);
    expect((named.value as Date).toISOString()).toBe('2026-08-16T23:00:00.000Z');
    expect(named.format).toBe('mmm d, yyyy');
    const timed = importCell('2026-08-17 18:30', 'Etc/UTC');
    expect((timed.value as Date).toISOString()).toBe('2026-08-17T18:30:00.000Z');
    // Not a real day: stays text.
    expect(importCell('2026-02-30', LONDON).value).toBe('2026-02-30');
    expect(importCell('Feb 30, 2026', LONDON).value).toBe('Feb 30, 2026');
  });

  test('rows are rectangular, blank lines kept as blank rows (row N = line N), the header kept as text', () => {
    const table = importCsv(
      'Date,Load,Notes\n2026-08-17,40\n\n2026-08-18,42.5,"easy, fast"\n\n',
      LONDON,
    );
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toEqual(['Date', 'Load', 'Notes']);
    expect(table.rows[1]![1]).toBe(40);
    expect(table.rows[1]![2]).toBe('');
    expect(table.rows[2]).toEqual(['', '', '']);
    expect(table.rows[3]![2]).toBe('easy, fast');
    expect(table.formats[3]).toEqual(['yyyy-mm-dd', '', '']);
    expect(importCsv('100\n5', LONDON).rows[0]).toEqual(['100']);
  });
});

describe('injecting the shim', () => {
  const SHIM = 'window.x = "</script>";';
  test('goes right after <head>, before every script of the page', () => {
    const html = '<!DOCTYPE html><html><head lang="en"><script>own()</script></head></html>';
    const out = injectShim(html, SHIM);
    expect(out.startsWith('<!DOCTYPE html><html><head lang="en"><script data-preview-shim>')).toBe(
      true,
    );
    expect(out.indexOf('data-preview-shim')).toBeLessThan(out.indexOf('own()'));
    // A "</script>" inside the shim's code cannot end its tag early.
    expect(out).toContain('window.x = "<\\/script>";</script>');
  });
  test('without a head, goes after the doctype or first', () => {
    expect(injectShim('<!doctype html><p>hi</p>', 'a()')).toBe(
      '<!doctype html><script data-preview-shim>a()</script><p>hi</p>',
    );
    expect(injectShim('<p>hi</p>', 'a()')).toBe('<script data-preview-shim>a()</script><p>hi</p>');
  });
});

/** The shim's runner as a test calls it: every property is a function giving a runner. */
type Runner = { [name: string]: (...args: unknown[]) => Runner };

describe('the google.script.run shim', () => {
  const fake = (answer: (name: string, args: unknown[]) => Answer) => {
    const calls: { name: string; args: unknown[] }[] = [];
    const done: Answer[] = [];
    const run = createScriptRun({
      send: async (name, args) => {
        calls.push({ name, args });
        return answer(name, args);
      },
      onCallDone: (a) => done.push(a),
      report: () => {},
    }) as unknown as Runner;
    return { run, calls, done };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('each with*() gives a new runner; the base runner keeps no handlers', async () => {
    const { run, calls } = fake(() => ({ ok: true, value: 7 }));
    const seen: unknown[] = [];
    const withHandler = run.withSuccessHandler!((v: unknown, u: unknown) => seen.push([v, u]));
    withHandler.first!();
    run.second!();
    withHandler.withUserObject!('u').third!();
    await settle();
    await settle();
    expect(calls.map((c) => c.name)).toEqual(['first', 'second', 'third']);
    expect(seen).toEqual([
      [7, undefined],
      [7, 'u'],
    ]);
  });

  test('the runner is not a thenable, so awaiting it by mistake does not call "then"', async () => {
    const { run, calls } = fake(() => ({ ok: true, value: null }));
    expect((run as unknown as { then?: unknown }).then).toBeUndefined();
    await settle();
    expect(calls).toEqual([]);
  });

  test('a failure reaches the failure handler as an Error; the page is told either way', async () => {
    const { run, done } = fake(() => ({
      ok: false,
      error: { message: 'Exception: no log' },
      wrote: false,
      revision: 3,
    }));
    const errors: unknown[] = [];
    run.withFailureHandler!((e: unknown) => errors.push(e)).load!();
    await settle();
    await settle();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(Error);
    expect((errors[0] as Error).message).toBe('Exception: no log');
    expect(done).toEqual([
      { ok: false, error: { message: 'Exception: no log' }, wrote: false, revision: 3 },
    ]);
  });

  test('a form as the only argument is sent as its named fields', async () => {
    const { run, calls } = fake(() => ({ ok: true, value: null }));
    const form = {
      nodeType: 1,
      nodeName: 'FORM',
      elements: [
        { name: 'unit', value: 'kg', type: 'select-one' },
        { name: 'tick', value: 'on', type: 'checkbox', checked: false },
        { name: 'tag', value: 'a', type: 'text' },
        { name: 'tag', value: 'b', type: 'text' },
        { value: 'ignored', type: 'submit' },
      ],
    };
    run.submit!(form);
    await settle();
    expect(calls).toEqual([{ name: 'submit', args: [{ unit: 'kg', tag: ['a', 'b'] }] }]);
  });
});

describe('what may cross', () => {
  test('plain JSON values pass; the path names the first refused value', () => {
    expect(findIllegal({ a: [1, 'x', null, true, { b: [] }] })).toBeNull();
    expect(findIllegal({ a: [1, { when: new Date() }] })).toEqual({
      path: 'a.1.when',
      kind: 'Date',
    });
    expect(findIllegal(Symbol('s'))).toEqual({ path: '', kind: 'symbol' });
    const shared = { n: 1 };
    expect(findIllegal([shared, shared])).toBeNull();
  });
  test('a return value message names the function and the place', () => {
    expect(illegalReturnMessage('getSidebarState', { ok: 1 })).toBeNull();
    expect(illegalReturnMessage('getSidebarState', new Date())).toContain(
      'getSidebarState returned a Date in the return value;',
    );
  });
});

describe('npm start -- LOG --season PLAN', () => {
  const examples = path.resolve(__dirname, '..', '..', 'examples');
  test('reads the log and the plan, in either order, from where npm ran', () => {
    const log = path.join(examples, 'roster-40.csv');
    const season = path.join(examples, 'roster-40-season.csv');
    expect(filesFromArgs(['roster-40.csv', '--season', 'roster-40-season.csv'], examples)).toEqual({
      log,
      season,
    });
    expect(filesFromArgs(['--season=roster-40-season.csv', 'roster-40.csv'], examples)).toEqual({
      log,
      season,
    });
    expect(filesFromArgs([], examples)).toEqual({});
  });
  test('refuses a missing plan, a --season without a file, and two logs', () => {
    expect(() => filesFromArgs(['--season', 'nope.csv'], examples)).toThrow(
      'There is no file nope.csv.',
    );
    expect(() => filesFromArgs(['roster-40.csv', '--season'], examples)).toThrow(
      '--season needs a CSV file.',
    );
    expect(() => filesFromArgs(['roster-40.csv', 'runners-log.csv'], examples)).toThrow(
      'Give one CSV file, not 2.',
    );
  });
  test('a plan without the season header is refused before the workbook is touched', () => {
    const emulator = createEmulator();
    emulator.load();
    const table = importCsv('Name,Start\nMaya,2026-10-12\n', 'Europe/London');
    expect(() => writeSeasonPlan(emulator, table)).toThrow(
      "The season plan's header must be: Athlete, From, To, Phase, Goal race, Race date.",
    );
    expect(emulator.workbook.sheets.map((sheet) => sheet.name)).not.toContain('Targets');
  });
});

describe('npm start -- --tabs: a tab per athlete', () => {
  const examples = path.resolve(__dirname, '..', '..', 'examples');
  test('is a flag beside the log and the plan', () => {
    expect(filesFromArgs(['--tabs'], examples)).toEqual({ tabs: true });
    expect(filesFromArgs(['roster-40.csv', '--tabs'], examples)).toEqual({
      log: path.join(examples, 'roster-40.csv'),
      tabs: true,
    });
  });
  test('splits the log by athlete, in order of appearance, each tab without the Athlete column', () => {
    const table = importCsv(
      [
        'Date,Athlete,Exercise,Load',
        '2026-08-17,Maya,Front squat,40',
        ',,Front squat,42.5',
        'Date,Athlete,Exercise,Load',
        '2026-08-18,Tom,Trap bar deadlift,80',
        '2026-08-19,Maya,Front squat,45',
      ].join('\n'),
      LONDON,
    );
    const tabs = tabsByAthlete(table);
    expect(tabs?.map((t) => t.athlete)).toEqual(['Maya', 'Tom']);
    expect(tabs?.[0]?.table.rows.map((r) => r.map(String))).toEqual([
      ['Date', 'Exercise', 'Load'],
      [String(table.rows[1]?.[0]), 'Front squat', '40'],
      ['', 'Front squat', '42.5'],
      [String(table.rows[5]?.[0]), 'Front squat', '45'],
    ]);
    // Each row keeps its number formats, less the Athlete column's.
    expect(tabs?.[0]?.table.formats[1]).toEqual([table.formats[1]?.[0], '', '']);
    expect(tabsByAthlete(importCsv('Date,Exercise,Load\n2026-08-17,Squat,40', LONDON))).toBeNull();
  });
});
