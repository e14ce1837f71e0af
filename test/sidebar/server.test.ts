import { createCall, plainMessage, type ScriptRunner } from '../../src/sidebar/server';

/** A fake google.script.run: records calls and answers each after a tick, like the real one. */
function fakeRunner(endpoints: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (
    ok: ((v: unknown) => void) | null,
    fail: ((e: unknown) => void) | null,
  ): ScriptRunner => {
    const runner: ScriptRunner = {
      withSuccessHandler: (f) => make(f, fail),
      withFailureHandler: (f) => make(ok, f),
    };
    for (const [name, fn] of Object.entries(endpoints)) {
      runner[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        setTimeout(() => {
          try {
            ok?.(fn(...args));
          } catch (error) {
            fail?.(error);
          }
        }, 0);
      };
    }
    return runner;
  };
  return { runner: make(null, null), calls };
}

describe('createCall', () => {
  it('resolves with what the server returns and passes the arguments through', async () => {
    const { runner, calls } = fakeRunner({
      saveTargets: (rows) => ({ saved: rows }),
    });
    const call = createCall(() => runner);
    const rows = [{ exercise: 'Front squat', multiple: 1 }];
    await expect(call('saveTargets', rows)).resolves.toEqual({ saved: rows });
    expect(calls).toEqual([{ name: 'saveTargets', args: [rows] }]);
  });

  it('rejects with the plain words of the failure handler', async () => {
    const { runner } = fakeRunner({
      applyHighlights: () => {
        throw new Error('Exception: The log sheet "Log" was deleted.');
      },
    });
    const call = createCall(() => runner);
    await expect(call('applyHighlights')).rejects.toThrow(/^The log sheet "Log" was deleted\.$/);
  });

  it('keeps concurrent calls apart: each promise gets its own result', async () => {
    const { runner, calls } = fakeRunner({
      importChunk: (_id, index) => index,
    });
    const call = createCall(() => runner);
    const results = await Promise.all(
      [0, 1, 2].map((i) => call('importChunk', 'u', i, `t${i}`, `c${i}`)),
    );
    expect(results).toEqual([0, 1, 2]);
    expect(calls.map((c) => c.args[2])).toEqual(['t0', 't1', 't2']);
  });

  it('says how to open the page when there is no google.script.run', async () => {
    const call = createCall(() => undefined);
    await expect(call('getSidebarState')).rejects.toThrow(/Strong Enough menu in Google Sheets/);
  });

  it('names a missing server function instead of failing silently', async () => {
    const { runner } = fakeRunner({});
    await expect(createCall(() => runner)('runAudit')).rejects.toThrow(/no "runAudit" function/);
  });

  it('turns a synchronous throw (an argument Apps Script cannot send) into a rejection', async () => {
    const runner: ScriptRunner = {
      withSuccessHandler: () => runner,
      withFailureHandler: () => runner,
      buildDashboard: () => {
        throw new TypeError('Failed due to illegal value in property: 0');
      },
    };
    await expect(createCall(() => runner)('buildDashboard')).rejects.toThrow(
      /^Failed due to illegal value in property: 0$/,
    );
  });

  it('looks the runner up per call, so a runner injected later is used', async () => {
    let runner: ScriptRunner | undefined;
    const call = createCall(() => runner);
    await expect(call('resetTargets')).rejects.toThrow();
    runner = fakeRunner({ resetTargets: () => 'ok' }).runner;
    await expect(call('resetTargets')).resolves.toBe('ok');
  });
});

describe('plainMessage', () => {
  it.each([
    [new Error('Exception: Sheet not found'), 'Sheet not found'],
    [new Error('Error: no log'), 'no log'],
    ['ScriptError: Authorisation is required', 'Authorisation is required'],
    [{ message: 'Exception: Too many calls' }, 'Too many calls'],
    [new Error('Target for Deadlift: 2.0× is fine'), 'Target for Deadlift: 2.0× is fine'],
  ])('%p → %p', (error, expected) => {
    expect(plainMessage(error)).toBe(expected);
  });

  it('never returns an empty message', () => {
    for (const error of [undefined, null, '', new Error(''), { message: '   ' }, 42]) {
      expect(plainMessage(error)).toMatch(/went wrong/);
    }
  });
});
