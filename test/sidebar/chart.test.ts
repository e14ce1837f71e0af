import fc from 'fast-check';
import { type ChartBox, chartGeometry } from '../../src/sidebar/chart';

const box: ChartBox = { width: 100, height: 50, pad: 5 };

describe('chartGeometry', () => {
  it('places days by calendar distance and higher ratios higher up', () => {
    const g = chartGeometry(
      [
        { day: '2026-01-01', ratio: 1 },
        { day: '2026-01-02', ratio: 1.2 },
        { day: '2026-01-11', ratio: 1.1 },
      ],
      null,
      box,
    );
    expect(g.points.map((p) => p.x)).toEqual([5, 14, 95]);
    const [a, b, c] = g.points.map((p) => p.y) as [number, number, number];
    expect(b).toBeLessThan(c);
    expect(c).toBeLessThan(a);
    expect(g.path).toBe(`M5 ${a} L14 ${b} L95 ${c}`);
    expect(g.targetY).toBeNull();
  });

  it('draws the target inside the box, above the line when not yet reached', () => {
    const g = chartGeometry(
      [
        { day: '2026-01-01', ratio: 0.8 },
        { day: '2026-02-01', ratio: 0.9 },
      ],
      1.5,
      box,
    );
    expect(g.targetY).not.toBeNull();
    expect(g.targetY as number).toBeGreaterThanOrEqual(box.pad);
    expect(g.targetY as number).toBeLessThan(Math.min(...g.points.map((p) => p.y)));
  });

  it('centres a single session and a flat line instead of dividing by zero', () => {
    const one = chartGeometry([{ day: '2026-01-01', ratio: 1 }], null, box);
    expect(one.points).toEqual([{ x: 50, y: 25, day: '2026-01-01', ratio: 1 }]);
    expect(one.path).toBe('M50 25');
    const flat = chartGeometry(
      [
        { day: '2026-01-01', ratio: 1 },
        { day: '2026-01-05', ratio: 1 },
      ],
      null,
      box,
    );
    expect(flat.points.map((p) => p.y)).toEqual([25, 25]);
  });

  it('spreads sessions evenly when days cannot be read or are all the same', () => {
    const g = chartGeometry(
      [
        { day: 'x', ratio: 1 },
        { day: 'y', ratio: 1.1 },
        { day: 'z', ratio: 1.2 },
      ],
      null,
      box,
    );
    expect(g.points.map((p) => p.x)).toEqual([5, 50, 95]);
  });

  it('is empty for no history', () => {
    expect(chartGeometry([], 1, box)).toMatchObject({ points: [], path: '', targetY: null });
  });

  it('keeps every point inside the box with finite numbers (property)', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const point = fc.record({ day, ratio: fc.double({ min: 0, max: 5, noNaN: true }) });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 30 }),
        fc.option(fc.double({ min: 0.1, max: 5, noNaN: true })),
        (history, target) => {
          const sorted = [...history].sort((a, b) => a.day.localeCompare(b.day));
          const g = chartGeometry(sorted, target, box);
          expect(g.points).toHaveLength(sorted.length);
          for (const p of g.points) {
            expect(p.x).toBeGreaterThanOrEqual(box.pad - 0.05);
            expect(p.x).toBeLessThanOrEqual(box.width - box.pad + 0.05);
            expect(p.y).toBeGreaterThanOrEqual(box.pad - 0.05);
            expect(p.y).toBeLessThanOrEqual(box.height - box.pad + 0.05);
          }
          expect(g.path).not.toMatch(/NaN|Infinity/);
          for (let i = 1; i < g.points.length; i++) {
            expect((g.points[i] as { x: number }).x).toBeGreaterThanOrEqual(
              (g.points[i - 1] as { x: number }).x,
            );
          }
        },
      ),
    );
  });
});
