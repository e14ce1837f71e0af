import type { ImportPreview } from '../../src/addon/api-types';
import {
  addButtonLabel,
  addingLabel,
  askedSoFar,
  cellText,
  fileProblem,
  fileUpload,
  importOptions,
  missingAnswers,
  previewSummary,
  skippedLines,
  unitWords,
  uploadOf,
  uploadProgress,
} from '../../src/sidebar/import-view';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

describe('uploadOf', () => {
  it('sends the whole text, each piece within the byte limit, sized as the server checks', () => {
    const text = 'Date,Exercise Name,Weight,Reps,Notes\n'.repeat(5000);
    const upload = uploadOf(text, 16 * 1024);
    expect(upload.chunks.join('')).toBe(text);
    expect(upload.size).toBe(text.length);
    expect(upload.chunks.length).toBe(Math.ceil(utf8(text) / (16 * 1024)));
    for (const chunk of upload.chunks) expect(utf8(chunk)).toBeLessThanOrEqual(16 * 1024);
  });
  it('never cuts an emoji (a surrogate pair) or counts it wrong', () => {
    const text = 'Notes\n"felt strong 💪💪 ünd müde"\n'.repeat(50);
    const upload = uploadOf(text, 16);
    expect(upload.chunks.join('')).toBe(text);
    for (const c of upload.chunks) {
      // A lone surrogate at either end would mean a pair was cut.
      expect(c).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      expect(utf8(c)).toBeLessThanOrEqual(16);
    }
  });
  it('keeps the default pieces at 64 KB, far under what one call may carry', () => {
    const big = 'x'.repeat(64 * 1024 * 2 + 5);
    expect(uploadOf(big).chunks.map((c) => c.length)).toEqual([65536, 65536, 5]);
  });
});

describe('fileUpload: the file read into rows in the browser, and the rows sent', () => {
  const csv =
    'Date,Exercise Name,Set Order,Weight,Reps,Notes\n2026-01-05 07:00,Squat,1,60,5,"a, b"\n';

  it('sends the rows (fields and lines) as the payload text, never the CSV text', () => {
    const read = fileUpload(csv);
    if (!read.ok) throw new Error(read.message);
    expect(read.rows).toBe(2);
    const sent = read.upload.chunks.join('');
    expect(read.upload.size).toBe(sent.length);
    expect(JSON.parse(sent)).toEqual({
      v: 1,
      delimiter: ',',
      headerQuoted: false,
      lines: 2,
      rows: [
        [1, 'Date', 'Exercise Name', 'Set Order', 'Weight', 'Reps', 'Notes'],
        [2, '2026-01-05 07:00', 'Squat', '1', '60', '5', 'a, b'],
      ],
    });
    expect(sent).not.toContain('Date,Exercise Name');
  });

  it('refuses a quote never closed, with its line, and a file that is no CSV, before sending', () => {
    expect(fileUpload('Date,Notes\n2026-01-01,"open\n2026-01-02,x\n')).toEqual({
      ok: false,
      message:
        'The file was not imported. Line 2: a quoted field is never closed (a " with no closing ").',
    });
    expect(fileUpload('{"workouts": []}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The file was not imported\. This is a JSON file/),
    });
  });

  it('refuses rows that need more chunks than an upload may have, in plain words', () => {
    // 16-byte pieces: a few kilobytes of rows are more than 960 of them.
    const big = `Date,Exercise\n${'2026-01-05,Squat\n'.repeat(1000)}`;
    expect(fileUpload(big, 16)).toEqual({
      ok: false,
      message:
        'The file is too large: its 1,001 rows do not fit in one upload. Split it in two (by date) and import each part.',
    });
    expect(fileUpload(big).ok).toBe(true);
  });
});

describe('import answers', () => {
  it('sends only what was asked for, trimmed, leaving blanks out', () => {
    expect(importOptions(['athlete'], { athlete: '  Ana Lima ', unit: 'lb' })).toEqual({
      athlete: 'Ana Lima',
    });
    expect(importOptions(['athlete', 'unit'], { athlete: ' ', unit: 'lb' })).toEqual({
      unit: 'lb',
    });
    expect(importOptions([], { athlete: 'Ana', unit: 'kg' })).toEqual({});
  });
  it('says what is still missing', () => {
    expect(missingAnswers(['athlete', 'unit'], { athlete: '', unit: '' })).toHaveLength(2);
    expect(missingAnswers(['unit'], { athlete: '', unit: 'kg' })).toEqual([]);
    expect(missingAnswers(['athlete'], { athlete: ' ', unit: '' })[0]).toMatch(/name the athlete/);
  });
  it('remembers everything asked in one upload, in a fixed order', () => {
    expect(askedSoFar(['unit'], ['athlete'])).toEqual(['athlete', 'unit']);
    expect(askedSoFar(['athlete'], [])).toEqual(['athlete']);
    expect(askedSoFar([], [])).toEqual([]);
  });
});

describe('preview words', () => {
  const preview: ImportPreview = {
    format: 'Strong export',
    layout: 'classic layout; comma-separated',
    unit: { unit: 'kg', decidedBy: 'header', how: "the weight column's header says kg" },
    notes: [],
    bad: [],
    badCount: 0,
    bodyweightTo: 'column',
    target: { kind: 'shared', name: 'Log', athlete: null, choices: ['shared'] },
    needs: [],
    added: 124,
    skipped: [
      { reason: 'warm-up set', count: 18 },
      { reason: 'cardio (no load)', count: 1 },
      { reason: 'already in the log', count: 0 },
    ],
    columns: ['Date'],
    rows: [],
  };
  it('sums up what will be added and skipped', () => {
    expect(previewSummary(preview)).toBe('124 sets will be added to the log; 19 skipped.');
    expect(previewSummary({ ...preview, added: 0, skipped: [] })).toBe('Nothing new to add.');
  });
  it('lists each reason for skipping, leaving out the empty ones', () => {
    expect(skippedLines(preview.skipped)).toEqual([
      '18 sets: warm-up set',
      '1 set: cardio (no load)',
    ]);
  });
  it('shows cells as plain text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(62.5)).toBe('62.5');
    expect(cellText(false)).toBe('false');
    expect(cellText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });
  it('counts upload parts from one', () => {
    expect(uploadProgress(0, 1)).toBe('Sending the file…');
    expect(uploadProgress(0, 3)).toBe('Sending part 1 of 3…');
    expect(uploadProgress(2, 3)).toBe('Sending part 3 of 3…');
  });
});

describe('fileProblem', () => {
  it('accepts a CSV export', () => {
    expect(fileProblem({ name: 'strong_workouts.csv', size: 2048 })).toBeNull();
    expect(fileProblem({ name: 'HEVY.CSV', size: 1 })).toBeNull();
  });
  it('refuses empty, huge and non-CSV files with the file name', () => {
    expect(fileProblem({ name: 'a.csv', size: 0 })).toBe('a.csv is empty.');
    expect(fileProblem({ name: 'a.csv', size: 60 * 1024 * 1024 })).toMatch(/60 MB; .* up to 20 MB/);
    expect(fileProblem({ name: 'log.xlsx', size: 10 })).toMatch(/not a CSV file/);
  });
});

describe('import button words', () => {
  it('agree with the count: one set, many sets, or nothing to add', () => {
    expect(addButtonLabel(1)).toBe('Add 1 set to the log');
    expect(addButtonLabel(518)).toBe('Add 518 sets to the log');
    expect(addButtonLabel(0)).toBe('Nothing to add');
    expect(addingLabel(1)).toBe('Adding 1 set to the log…');
  });
});

describe('the unit line', () => {
  it('says the unit and how it was decided, or why the coach is asked', () => {
    expect(
      unitWords({ unit: 'kg', decidedBy: 'header', how: "the weight column's header says kg" }),
    ).toBe("Weights in kg: the weight column's header says kg.");
    expect(
      unitWords({ unit: 'lb', decidedBy: 'numbers', how: '70 % of the barbell loads end in 5' }),
    ).toBe('Weights read as lb, worked out from the numbers: 70 % of the barbell loads end in 5.');
    expect(
      unitWords({ unit: null, decidedBy: 'undecided', how: 'the numbers fit both kg and lb' }),
    ).toBe('Why we ask: the numbers fit both kg and lb.');
  });
});
