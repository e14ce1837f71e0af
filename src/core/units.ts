import { type Invalid, invalid } from './result';

export type Unit = 'kg' | 'lb';

/** Exact by definition (international avoirdupois pound, 1959). */
export const KG_PER_LB = 0.45359237;

export const UNITS: readonly Unit[] = ['kg', 'lb'];

export function toKg(value: number, unit: Unit): number {
  return unit === 'kg' ? value : value * KG_PER_LB;
}

export function fromKg(valueKg: number, unit: Unit): number {
  return unit === 'kg' ? valueKg : valueKg / KG_PER_LB;
}

export function convert(value: number, from: Unit, to: Unit): number {
  return from === to ? value : fromKg(toKg(value, from), to);
}

const UNIT_WORDS: Record<string, Unit> = {
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  '#': 'lb',
};

/** Reads a unit word ("kg", "lbs", "Pounds"); null for blank. */
export function parseUnit(text: unknown): Unit | null | Invalid {
  if (text === null || text === undefined) return null;
  const word = String(text).trim().toLowerCase().replace(/\.$/, '');
  if (word === '') return null;
  return UNIT_WORDS[word] ?? invalid(`"${String(text).trim()}" is not a unit (use kg or lb)`);
}

export function unitWordPattern(): string {
  return Object.keys(UNIT_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace('#', '\\#'))
    .join('|');
}
