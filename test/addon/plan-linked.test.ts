import {
  DEFAULT_LINKED_RANGE,
  identityText,
  importRangeFormula,
  linkedRange,
  linkedTabName,
  linkState,
  parseIdentity,
  planLinks,
  readLinkedRoster,
  spreadsheetKeyOf,
} from '../../src/addon/plan-linked';

const KEY = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const URL = `https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=0`;

describe('the links a coach pastes', () => {
  it('takes a Sheets share link (any account number) or a bare key, and nothing else', () => {
    expect(spreadsheetKeyOf(URL)).toBe(KEY);
    expect(spreadsheetKeyOf(`  https://docs.google.com/spreadsheets/u/2/d/${KEY}/view  `)).toBe(
      KEY,
    );
    expect(spreadsheetKeyOf(`docs.google.com/spreadsheets/d/${KEY}`)).toBe(KEY);
    expect(spreadsheetKeyOf(KEY)).toBe(KEY);
    for (const text of [
      '',
      'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit',
      `https://evil.example/spreadsheets/d/${KEY}`,
      `https://docs.google.com/spreadsheets/d/${KEY}"&IMPORTXML("x","y")&"`,
      'short',
    ]) {
      expect({ text, key: spreadsheetKeyOf(text) }).toEqual({ text, key: null });
    }
    // Only the key is kept from a link: whatever follows it never reaches the formula.
    expect(spreadsheetKeyOf(`https://docs.google.com/spreadsheets/d/${KEY}/edit"&x&"`)).toBe(KEY);
  });

  it('reads the third column as a range, a tab with a range, or a tab name', () => {
    expect(linkedRange('')).toBe(DEFAULT_LINKED_RANGE);
    expect(linkedRange('A1:H')).toBe('A1:H');
    expect(linkedRange('B2')).toBe('B2');
    expect(linkedRange("'My log'!A:F")).toBe("'My log'!A:F");
    expect(linkedRange('Log!A1:H200')).toBe('Log!A1:H200');
    expect(linkedRange('Log')).toBe("'Log'!A1:Z");
    expect(linkedRange("Maya's log")).toBe("'Maya''s log'!A1:Z");
  });

  it('writes the formula with every quote doubled: no text ends the string early', () => {
    expect(importRangeFormula({ key: KEY, range: `'a "b"'!A1:Z` })).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${KEY}","'a ""b""'!A1:Z")`,
    );
  });
});

describe('the roster of linked logs', () => {
  it('skips the header and blank rows, and names each row it cannot link', () => {
    const { athletes, problems } = readLinkedRoster([
      ['Athlete', 'Link to their log', 'Tab or range in their file (optional)'],
      ['  Maya   Lin ', URL, 'Log'],
      ['', '', ''],
      ['Priya', '', ''],
      ['Tom', 'see email', ''],
      ['', URL, ''],
      ['maya lin', URL, ''],
    ]);
    expect(athletes).toEqual([{ athlete: 'Maya Lin', key: KEY, range: "'Log'!A1:Z", row: 2 }]);
    expect(problems.map((p) => p.row)).toEqual([4, 5, 6, 7]);
    expect(problems[0]?.message).toMatch(/Priya\) has no link yet/);
    expect(problems[3]?.message).toMatch(/already listed in row 2/);
  });

  it('matches tabs to rows by athlete, file and range: adds, keeps and removes exactly', () => {
    const roster = readLinkedRoster([
      ['Maya', URL, ''],
      ['Priya', `${URL.replace(KEY, `${KEY}P`)}`, ''],
    ]).athletes;
    const tab = (athlete: string, key: string, range = DEFAULT_LINKED_RANGE) => ({
      athlete,
      key,
      range,
      tab: `${athlete}:${key}:${range}`,
    });
    const plan = planLinks(roster, [
      tab('Maya', KEY),
      tab('Maya', KEY),
      tab('Old', KEY),
      tab('Priya', `${KEY}P`, 'A1:H'),
    ]);
    expect(plan.keep.map((k) => k.athlete)).toEqual(['Maya']);
    expect(plan.add.map((a) => a.athlete)).toEqual(['Priya']);
    expect(plan.remove.map((r) => r.athlete).sort()).toEqual(['Maya', 'Old', 'Priya']);
  });

  it('keeps its identity in the tag as JSON, and ignores a tag it did not write', () => {
    const link = { athlete: 'O"Neil', key: KEY, range: 'A1:Z' };
    expect(parseIdentity(identityText(link))).toEqual(link);
    expect(parseIdentity('linked')).toBeNull();
    expect(parseIdentity('{"athlete":1}')).toBeNull();
    expect(parseIdentity(null)).toBeNull();
  });

  it('names a tab after its athlete, apart from the tabs there are', () => {
    expect(linkedTabName('Maya', new Set(['ana']))).toBe('Maya');
    expect(linkedTabName('Maya', new Set(['maya', 'maya (linked)']))).toBe('Maya (linked 2)');
    expect(linkedTabName('x'.repeat(100), new Set(['x'.repeat(100)]))).toHaveLength(100);
  });

  it('reads an error in the first cell as waiting, anything else as linked', () => {
    for (const code of ['#REF!', '#N/A', '#ERROR!', '#VALUE!'])
      expect(linkState(code)).toBe('waiting');
    for (const value of ['Date', '', 42, '#1 squat day']) expect(linkState(value)).toBe('linked');
  });
});
