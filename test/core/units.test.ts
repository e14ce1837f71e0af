import fc from 'fast-check';
import { isInvalid } from '../../src/core/result';
import {
  convert,
  fromKg,
  KG_PER_LB,
  parseUnit,
  toKg,
  UNITS,
  unitWordPattern,
} from '../../src/core/units';

describe('kg and lb', () => {
  it('uses the exact international pound', () => {
    expect(KG_PER_LB).toBe(0.45359237);
    expect(toKg(1, 'lb')).toBe(0.45359237);
    expect(fromKg(0.45359237, 'lb')).toBe(1);
    expect(UNITS).toEqual(['kg', 'lb']);
  });

  it('converts by hand-computed values', () => {
    expect(toKg(225, 'lb')).toBeCloseTo(102.05828325, 10); // 225 × 0.45359237
    expect(fromKg(100, 'lb')).toBeCloseTo(220.46226218, 8); // 100 ÷ 0.45359237
    expect(convert(315, 'lb', 'kg')).toBeCloseTo(142.88159655, 8);
    expect(convert(100, 'kg', 'kg')).toBe(100);
    expect(convert(135, 'lb', 'lb')).toBe(135);
    expect(toKg(80, 'kg')).toBe(80);
  });

  it('round-trips kg → lb → kg and lb → kg → lb', () => {
    const value = fc.double({ min: 0, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(value, (v) => {
        expect(convert(convert(v, 'kg', 'lb'), 'lb', 'kg')).toBeCloseTo(v, 9);
        expect(convert(convert(v, 'lb', 'kg'), 'kg', 'lb')).toBeCloseTo(v, 9);
        expect(Math.abs(toKg(fromKg(v, 'lb'), 'lb') - v)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, v),
        );
      }),
    );
  });
});

describe('parseUnit', () => {
  it.each([
    ['kg', 'kg'],
    ['KG', 'kg'],
    ['kgs', 'kg'],
    ['Kilo', 'kg'],
    ['kilos', 'kg'],
    ['kilograms', 'kg'],
    [' Kilogram ', 'kg'],
    ['lb', 'lb'],
    ['LBS', 'lb'],
    ['lbs.', 'lb'],
    ['pound', 'lb'],
    ['Pounds', 'lb'],
    ['#', 'lb'],
  ])('reads %p as %s', (word, unit) => {
    expect(parseUnit(word)).toBe(unit);
  });

  it.each([null, undefined, '', '  '])('is null for blank %p', (blank) => {
    expect(parseUnit(blank)).toBeNull();
  });

  it.each(['stone', 'g', 'kgg', 5])('refuses %p in plain words', (bad) => {
    const unit = parseUnit(bad);
    expect(isInvalid(unit) && unit.invalid).toBe(`"${bad}" is not a unit (use kg or lb)`);
  });

  it('lists longer unit words first so "kilograms" is not read as "kilo"', () => {
    const pattern = new RegExp(`^(${unitWordPattern()})`, 'i');
    expect(pattern.exec('kilograms')?.[1]).toBe('kilograms');
    expect(pattern.exec('lbs')?.[1]).toBe('lbs');
    expect(pattern.exec('#')?.[1]).toBe('#');
  });
});
