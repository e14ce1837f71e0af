import { fixtureEmulator, sheetOf } from './helpers';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const appOf = (emu: ReturnType<typeof fixtureEmulator>) => emu.globals.SpreadsheetApp as App;

/** Where each metadata with the key sits, as "Sheet!row" / "Sheet!column" / "Sheet" / "file". */
function placesOf(emu: ReturnType<typeof fixtureEmulator>, key: string): string[] {
  return emu.spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .map((m) => {
      const at = m.getLocation();
      const row = at.getRow();
      const column = at.getColumn();
      if (row) return `${row.getSheet().getName()}!row ${row.getRow()}`;
      if (column) return `${column.getSheet().getName()}!column ${column.getColumn()}`;
      const sheet = at.getSheet();
      return sheet ? sheet.getName() : 'file';
    });
}

describe('developer metadata', () => {
  it('adds metadata to the spreadsheet, a sheet, a whole row and a whole column', () => {
    const emu = fixtureEmulator();
    const app = appOf(emu);
    const sheet = sheetOf(emu);
    emu.spreadsheet.addDeveloperMetadata('file', 'v1');
    sheet.addDeveloperMetadata('tab', app.DeveloperMetadataVisibility.PROJECT);
    sheet
      .getRange('C:C')
      .addDeveloperMetadata('status', 'on', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('4:4').addDeveloperMetadata('header');
    sheet.getRange(1, 5, sheet.getMaxRows(), 1).addDeveloperMetadata('key-column');

    expect(emu.spreadsheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['file', 'v1'],
    ]);
    const [tab] = sheet.getDeveloperMetadata();
    expect([tab!.getKey(), tab!.getValue()]).toEqual(['tab', null]);
    expect(tab!.getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(tab!.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SHEET);
    expect(tab!.getLocation().getSheet()?.getName()).toBe('Sheet1');

    const [status] = sheet.getRange('C1:C').getDeveloperMetadata();
    expect([status!.getKey(), status!.getValue(), String(status!.getVisibility())]).toEqual([
      'status',
      'on',
      'PROJECT',
    ]);
    const at = status!.getLocation();
    expect(at.getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(at.getColumn()?.getA1Notation()).toBe('C1:C1000');
    expect(at.getRow()).toBeNull();
    expect(at.getSheet()).toBeNull(); // documented: null unless the location type is SHEET
    expect(placesOf(emu, 'header')).toEqual(['Sheet1!row 4']);
    expect(placesOf(emu, 'key-column')).toEqual(['Sheet1!column 5']);
  });

  it('refuses cells, blocks and several rows or columns with Sheets’ message', () => {
    const sheet = sheetOf(fixtureEmulator());
    for (const a1 of ['A1', 'A1:B2', 'C1:C10', 'A:B', '2:3']) {
      expect(() => sheet.getRange(a1).addDeveloperMetadata('x')).toThrow(
        'Adding developer metadata to arbitrary ranges is not currently supported',
      );
    }
    expect(sheet.getRange('A1:B2').getDeveloperMetadata()).toEqual([]);
  });

  it('reads a string second argument as the value, never as a visibility', () => {
    const emu = fixtureEmulator();
    sheetOf(emu).addDeveloperMetadata('k', 'PROJECT');
    const [m] = sheetOf(emu).getDeveloperMetadata();
    expect(m!.getValue()).toBe('PROJECT');
    expect(String(m!.getVisibility())).toBe('DOCUMENT');
    expect(() =>
      sheetOf(emu)
        .createDeveloperMetadataFinder()
        .withLocationType('COLUMN' as never),
    ).toThrow("don't match the method signature");
  });

  it('finds by key, value, id, location type and visibility, in the scope it was made from', () => {
    const emu = fixtureEmulator();
    const app = appOf(emu);
    const log = sheetOf(emu);
    const other = emu.spreadsheet.insertSheet('Other');
    log.getRange('B:B').addDeveloperMetadata('se', 'status');
    log.getRange('D:D').addDeveloperMetadata('se', 'key');
    log.getRange('3:3').addDeveloperMetadata('se', 'row');
    log.addDeveloperMetadata('se', 'log');
    other.getRange('B:B').addDeveloperMetadata('se', 'status');
    emu.spreadsheet.addDeveloperMetadata('se', 'file');

    const values = (found: GoogleAppsScript.Spreadsheet.DeveloperMetadata[]) =>
      found.map((m) => m.getValue());
    expect(values(emu.spreadsheet.createDeveloperMetadataFinder().withKey('se').find())).toEqual([
      'status',
      'key',
      'row',
      'log',
      'status',
      'file',
    ]);
    expect(values(log.createDeveloperMetadataFinder().find())).toEqual([
      'status',
      'key',
      'row',
      'log',
    ]);
    expect(
      values(
        log
          .createDeveloperMetadataFinder()
          .withLocationType(app.DeveloperMetadataLocationType.COLUMN)
          .withValue('status')
          .find(),
      ),
    ).toEqual(['status']);
    const [key] = log.createDeveloperMetadataFinder().withValue('key').find();
    expect(
      values(emu.spreadsheet.createDeveloperMetadataFinder().withId(key!.getId()).find()),
    ).toEqual(['key']);
    expect(
      emu.spreadsheet
        .createDeveloperMetadataFinder()
        .withVisibility(app.DeveloperMetadataVisibility.PROJECT)
        .find(),
    ).toEqual([]);

    // A range's scope holds the rows and columns wholly inside it; intersecting ones on request.
    expect(values(log.getRange('A:C').createDeveloperMetadataFinder().find())).toEqual(['status']);
    expect(values(log.getRange('A1:C5').createDeveloperMetadataFinder().find())).toEqual([]);
    expect(
      values(
        log.getRange('A1:C5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
      ),
    ).toEqual(['status', 'row']);
    expect(values(log.getRange('1:5').createDeveloperMetadataFinder().find())).toEqual(['row']);
  });

  it('changes key and value, moves between places, and is gone once removed', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    const other = emu.spreadsheet.insertSheet('Other');
    sheet.getRange('B:B').addDeveloperMetadata('se');
    const [m] = sheet.createDeveloperMetadataFinder().withKey('se').find();
    m!.setKey('se2').setValue('v');
    expect(placesOf(emu, 'se2')).toEqual(['Sheet1!column 2']);
    m!.moveToColumn(other.getRange('F:F'));
    expect(placesOf(emu, 'se2')).toEqual(['Other!column 6']);
    m!.moveToRow(sheet.getRange('7:7'));
    expect(placesOf(emu, 'se2')).toEqual(['Sheet1!row 7']);
    m!.moveToSheet(other);
    expect(placesOf(emu, 'se2')).toEqual(['Other']);
    m!.moveToSpreadsheet();
    expect(placesOf(emu, 'se2')).toEqual(['file']);
    expect(() => m!.moveToColumn(sheet.getRange('7:7'))).toThrow('single whole column');
    m!.remove();
    expect(placesOf(emu, 'se2')).toEqual([]);
    expect(() => m!.getKey()).toThrow('removed');
  });
});

describe('developer metadata follows structural edits', () => {
  it('stays with its column through inserts and deletes, and dies with it', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('C:C').addDeveloperMetadata('status');
    sheet.getRange('E:E').addDeveloperMetadata('key');
    sheet.insertColumnBefore(1);
    expect(placesOf(emu, 'status')).toEqual(['Sheet1!column 4']);
    sheet.insertColumnsAfter(4, 2); // after the status column: it stays
    expect(placesOf(emu, 'status')).toEqual(['Sheet1!column 4']);
    expect(placesOf(emu, 'key')).toEqual(['Sheet1!column 8']);
    sheet.deleteColumns(1, 2);
    expect(placesOf(emu, 'status')).toEqual(['Sheet1!column 2']);
    sheet.deleteColumn(2);
    expect(placesOf(emu, 'status')).toEqual([]);
    expect(placesOf(emu, 'key')).toEqual(['Sheet1!column 5']);
    // A whole column is still the whole column after the grid grew or shrank.
    expect(sheet.getRange('E:E').getDeveloperMetadata()).toHaveLength(1);
  });

  it('stays with its row through inserts and deletes', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.getRange('5:5').addDeveloperMetadata('row');
    sheet.insertRowsBefore(5, 3);
    expect(placesOf(emu, 'row')).toEqual(['Sheet1!row 8']);
    sheet.insertRowAfter(8);
    sheet.deleteRows(1, 2);
    expect(placesOf(emu, 'row')).toEqual(['Sheet1!row 6']);
    sheet.deleteRow(6);
    expect(placesOf(emu, 'row')).toEqual([]);
  });

  it('stays with its sheet through a rename and goes when the sheet is deleted', () => {
    const emu = fixtureEmulator();
    const log = emu.spreadsheet.insertSheet('Log');
    log.addDeveloperMetadata('ours');
    log.getRange('B:B').addDeveloperMetadata('status');
    log.setName('Training');
    expect(placesOf(emu, 'ours')).toEqual(['Training']);
    expect(placesOf(emu, 'status')).toEqual(['Training!column 2']);
    emu.spreadsheet.insertSheet('Log'); // a new sheet with the old name carries nothing
    expect(emu.spreadsheet.getSheetByName('Log')!.getDeveloperMetadata()).toEqual([]);
    emu.spreadsheet.deleteSheet(log);
    expect(placesOf(emu, 'ours')).toEqual([]);
    expect(placesOf(emu, 'status')).toEqual([]);
  });
});
