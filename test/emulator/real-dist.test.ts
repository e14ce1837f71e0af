import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR } from '../../scripts/apps-script-runtime';
import { createEmulator } from '../../scripts/emulator/emulator';

// Reads dist/ as built by `npm run build` (npm test builds first).
describe('the real dist/ in the emulator', () => {
  it('is built', () => {
    expect(existsSync(path.join(DIST_DIR, 'globals.js'))).toBe(true);
  });

  it('registers the bundle’s custom functions and computes =E1RM(100, 5) in a cell', () => {
    const emu = createEmulator({ timeZone: 'Europe/Oslo' });
    emu.load();
    expect(emu.customFunctions()).toContain('E1RM');
    const sheet = emu.spreadsheet.getSheets()[0]!;
    sheet.getRange('A1').setFormula('=E1RM(100, 5)');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(116.67, 2);
    sheet.getRange('B1:C1').setValues([[100, 1]]);
    sheet.getRange('A2').setFormula('=E1RM(B1, C1)');
    expect(sheet.getRange('A2').getValue()).toBe(100);
    sheet.getRange('C1').setValue(5);
    expect(sheet.getRange('A2').getValue()).toBeCloseTo(116.67, 2);
  });

  it('runs onOpen as Sheets does and builds an add-on menu', () => {
    const emu = createEmulator();
    emu.load();
    emu.open('NONE');
    expect(emu.ui.menus.some((m) => m.addon && m.items.length > 0)).toBe(true);
  });
});
