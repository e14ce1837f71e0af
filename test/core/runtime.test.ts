import { BASELINE, missingBuiltins } from '../../src/core/runtime';

/** A global object like Node's, with the named built-ins taken away (copies: Node's stay whole). */
function without(...names: string[]): Record<string, unknown> {
  const arrayProto: Record<string, unknown> = {};
  for (const k of Object.getOwnPropertyNames(Array.prototype)) {
    arrayProto[k] = (Array.prototype as unknown as Record<string, unknown>)[k];
  }
  const stringProto: Record<string, unknown> = {};
  for (const k of Object.getOwnPropertyNames(String.prototype)) {
    stringProto[k] = (String.prototype as unknown as Record<string, unknown>)[k];
  }
  const global: Record<string, unknown> = {
    Array: { from: Array.from, prototype: arrayProto },
    Object: { entries: Object.entries, fromEntries: Object.fromEntries, values: Object.values },
    String: { prototype: stringProto },
    Map,
    Set,
    Intl,
  };
  for (const name of names) {
    const parts = name.split('.');
    let at = global;
    for (const p of parts.slice(0, -1)) at = at[p] as Record<string, unknown>;
    delete at[parts.at(-1) as string];
  }
  return global;
}

describe('missingBuiltins', () => {
  it('finds nothing missing in Node', () => {
    expect(missingBuiltins(globalThis as never)).toEqual([]);
    expect(missingBuiltins(without())).toEqual([]);
  });

  it('names each built-in taken away, in the baseline order', () => {
    expect(
      missingBuiltins(
        without('Object.entries', 'Array.prototype.flat', 'String.prototype.padStart'),
      ),
    ).toEqual(['Array.prototype.flat', 'Object.entries', 'String.prototype.padStart']);
    expect(missingBuiltins(without('Map'))).toEqual(['Map']);
  });

  it('reports Intl without time zones (or without Intl) as missing', () => {
    const noIntl = without('Intl');
    expect(missingBuiltins(noIntl)).toEqual(['Intl.DateTimeFormat with timeZone']);
    const utcOnly = without();
    utcOnly.Intl = {
      DateTimeFormat: class {
        format(d: Date) {
          return String(d.getUTCDate());
        }
      },
    };
    expect(missingBuiltins(utcOnly)).toEqual(['Intl.DateTimeFormat with timeZone']);
  });

  it('checks every listed name', () => {
    expect(BASELINE.map((b) => b.name)).toEqual(
      expect.arrayContaining([
        'Array.prototype.includes',
        'Object.entries',
        'Intl.DateTimeFormat with timeZone',
      ]),
    );
  });
});
