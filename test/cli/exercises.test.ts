/**
 * analyze shows how each exercise name was understood: per lift its pattern and whether the name
 * is a catalogue exercise, and the names neither recognised nor classified with their set counts,
 * in --json and in the table.
 */
import { expectDocumentedShape, run, runJson } from './helpers';

const LOG = [
  'Date,Athlete,Exercise,Load,Reps',
  '2026-01-05,Ann,Bulgarian Split Squat (Custom),20,8',
  '2026-01-05,Ann,Pendulum Squat,60,8',
  '2026-01-05,Ann,Intensity,,8',
  '2026-01-05,Ann,Gizmo,10,"8/8/8"',
  '2026-01-12,Ann,Gizmo,10,8',
].join('\n');

describe('analyze --json', () => {
  const json = runJson(['log.csv'], { 'log.csv': LOG });

  it('has the documented shape with pattern, recognised and unrecognised', () => {
    expectDocumentedShape(json);
  });

  it('gives each lift its pattern and whether it was recognised', () => {
    const lifts = Object.fromEntries(
      (json.athletes[0]?.lifts ?? []).map((l) => [l.exercise, [l.pattern, l.recognised]]),
    );
    expect(lifts).toEqual({
      'Bulgarian split squat': ['lunge', true],
      'Pendulum Squat': ['squat', false],
      Intensity: [null, false],
      Gizmo: [null, false],
    });
  });

  it('lists the names not understood with their sets, most first', () => {
    expect(json.unrecognised).toEqual([
      { name: 'Gizmo', sets: 4 },
      { name: 'Intensity', sets: 1 },
    ]);
  });
});

describe('analyze, readable', () => {
  const out = run(['log.csv'], { 'log.csv': LOG }).stdout;

  it('shows the movement per lift, marking the classified ones', () => {
    expect(out).toMatch(/Bulgarian split squat\s+lunge\s/);
    expect(out).toMatch(/Pendulum Squat\s+squat\*\s/);
    expect(out).toMatch(/Gizmo\s+\?\s/);
    expect(out).toContain("* classified from the name's words (not a catalogue exercise).");
  });

  it('lists the names not understood', () => {
    expect(out).toContain(
      'Exercises not understood (their sets count in no audit rule): Gizmo (4 sets), Intensity (1 set).',
    );
  });

  it('says so when every name is understood', () => {
    const clean = run(['log.csv'], { 'log.csv': LOG.split('\n').slice(0, 3).join('\n') }).stdout;
    expect(clean).toContain('Exercises: every name understood.');
  });
});
