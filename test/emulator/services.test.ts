import { fixtureEmulator, sheetOf } from './helpers';

type Props = GoogleAppsScript.Properties.PropertiesService;
type Locks = GoogleAppsScript.Lock.LockService;

describe('Ui and HtmlService, recorded for tests and the preview', () => {
  it('records the add-on menu built by onOpen, in each auth mode', () => {
    const emu = fixtureEmulator({ addonName: 'Strong Enough' });
    emu.open('NONE');
    expect(emu.ui.menus).toEqual([
      {
        title: 'Strong Enough',
        addon: true,
        items: [
          { caption: 'Open sidebar', functionName: 'showSidebar' },
          { separator: true },
          { caption: 'Tag rows', functionName: 'tagRows' },
        ],
      },
    ]);
    emu.open('LIMITED');
    expect(emu.ui.menus).toHaveLength(1);
  });

  it('shows the dist/ sidebar HTML with its title', () => {
    const emu = fixtureEmulator();
    emu.run('showSidebar');
    expect(emu.ui.sidebar?.title).toBe('Fixture');
    expect(emu.ui.sidebar?.html).toContain('Hello from the fixture sidebar');
  });

  it('builds HTML outputs and records dialogs and alerts with scripted answers', () => {
    const emu = fixtureEmulator();
    const html = (emu.globals.HtmlService as GoogleAppsScript.HTML.HtmlService)
      .createHtmlOutput('<p>Import</p>')
      .setTitle('Import')
      .setWidth(400)
      .setHeight(300);
    expect(html.getContent()).toBe('<p>Import</p>');
    const ui = (emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
    ui.showModalDialog(html, 'Import workout CSV');
    expect(emu.ui.dialogs).toEqual([
      { title: 'Import workout CSV', html: '<p>Import</p>', width: 400, height: 300, modal: true },
    ]);
    emu.ui.answers.push({ button: 'NO' }, { button: 'OK', text: 'Ann' });
    expect(
      String(
        ui.alert(
          'Remove highlights?',
          'This removes the rules the add-on added.',
          ui.ButtonSet.YES_NO,
        ),
      ),
    ).toBe('NO');
    const answer = ui.prompt('Athlete name');
    expect(answer.getResponseText()).toBe('Ann');
    expect(emu.ui.alerts[0]).toEqual({
      title: 'Remove highlights?',
      prompt: 'This removes the rules the add-on added.',
      buttons: 'YES_NO',
    });
    expect(() =>
      (emu.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutputFromFile(
        'Missing',
      ),
    ).toThrow('No HTML file named Missing was found.');
  });

  it('refuses document access in AuthMode.NONE, as an add-on not yet enabled in the file', () => {
    const emu = fixtureEmulator();
    emu.context!.peek = () => SpreadsheetAppOf(emu).getActiveSpreadsheet();
    expect(() => emu.run('peek')).not.toThrow();
    emu.context!.onOpen = () => SpreadsheetAppOf(emu).getActiveSpreadsheet();
    expect(() => emu.open('NONE')).toThrow('AuthMode.NONE');
  });
});

function SpreadsheetAppOf(emu: ReturnType<typeof fixtureEmulator>) {
  return emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

describe('PropertiesService with Apps Script’s limits', () => {
  it('stores document, script and user properties separately', () => {
    const emu = fixtureEmulator();
    const service = emu.globals.PropertiesService as Props;
    service.getDocumentProperties().setProperty('settings', '{"unit":"kg"}');
    service.getUserProperties().setProperties({ a: '1', b: '2' });
    expect(service.getDocumentProperties().getProperty('settings')).toBe('{"unit":"kg"}');
    expect(service.getScriptProperties().getProperty('settings')).toBeNull();
    expect(service.getUserProperties().getKeys()).toEqual(['a', 'b']);
    expect(emu.properties.document.get('settings')).toBe('{"unit":"kg"}');
  });

  it('throws for a value over 9 KB and a store over 500 KB, keeping what was stored', () => {
    const store = (fixtureEmulator().globals.PropertiesService as Props).getDocumentProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large');
    store.setProperty('fits', 'x'.repeat(9 * 1024));
    for (let i = 0; i < 54; i++) store.setProperty(`k${i}`, 'y'.repeat(9 * 1024));
    expect(() => store.setProperty('one-more', 'z'.repeat(9 * 1024))).toThrow(
      'exceeded the property storage quota',
    );
    expect(store.getProperty('one-more')).toBeNull();
    expect(store.getProperty('fits')).toHaveLength(9 * 1024);
  });
});

describe('LockService', () => {
  it('grants the document lock and releases it at the end of the execution', () => {
    const emu = fixtureEmulator();
    expect(emu.run('saveNote', 'hello')).toBe('saved');
    expect(emu.properties.document.get('note')).toBe('hello');
    const lock = (emu.globals.LockService as Locks).getDocumentLock();
    expect(lock.tryLock(100)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('lets a test simulate another execution holding the lock', () => {
    const emu = fixtureEmulator();
    emu.locks.document.heldByOther = true;
    const before = emu.clock.now().getTime();
    expect(emu.run('saveNote', 'lost')).toBe('busy');
    expect(emu.clock.now().getTime() - before).toBe(5000);
    expect(emu.properties.document.has('note')).toBe(false);
    const lock = (emu.globals.LockService as Locks).getDocumentLock();
    expect(() => lock.waitLock(1000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    emu.locks.document.heldByOther = false;
    expect(emu.run('saveNote', 'now')).toBe('saved');
  });
});

describe('CacheService, Session, Utilities, Logger and the clock', () => {
  it('expires cache entries on the emulator clock', () => {
    const emu = fixtureEmulator();
    const cache = (
      emu.globals.CacheService as GoogleAppsScript.Cache.CacheService
    ).getDocumentCache()!;
    cache.put('state', 'x', 60);
    expect(cache.get('state')).toBe('x');
    emu.clock.advance(61_000);
    expect(cache.get('state')).toBeNull();
  });

  it('formats dates with Java patterns in a time zone', () => {
    const emu = fixtureEmulator();
    const utilities = emu.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const at = new Date('2026-03-01T23:30:05Z');
    expect(utilities.formatDate(at, 'Europe/Oslo', 'yyyy-MM-dd HH:mm:ss')).toBe(
      '2026-03-02 00:30:05',
    );
    expect(utilities.formatDate(at, 'America/New_York', "EEE, d MMM yyyy h:mm a 'ET' Z")).toBe(
      'Sun, 1 Mar 2026 6:30 PM ET -0500',
    );
  });

  it('gives scripts the clock as new Date() and the manifest’s zone as the script zone', () => {
    const emu = fixtureEmulator({ now: Date.UTC(2026, 5, 1, 12, 0) });
    expect(emu.run('today')).toBe('2026-06-01 12:00');
    emu.clock.advance(90 * 60_000);
    expect(emu.run('today')).toBe('2026-06-01 13:30');
    expect((emu.globals.Session as GoogleAppsScript.Base.Session).getScriptTimeZone()).toBe(
      'Europe/Oslo',
    );
  });

  it('records Logger output', () => {
    const emu = fixtureEmulator();
    (emu.globals.Logger as GoogleAppsScript.Base.Logger).log('rows %s', 12);
    expect(emu.logs).toEqual(['rows 12']);
  });
});

describe('protections, checkboxes, charts and developer metadata', () => {
  it('protects ranges and sheets, and lists and removes them by type', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    const type = SpreadsheetAppOf(emu).ProtectionType;
    sheet
      .getRange('I1:I')
      .protect()
      .setDescription('Strong Enough status column')
      .setWarningOnly(true);
    sheet.protect().setDescription('whole sheet');
    const ranges = sheet.getProtections(type.RANGE);
    expect(
      ranges.map((p) => [p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]),
    ).toEqual([['Strong Enough status column', true, 'I1:I1000']]);
    expect(emu.spreadsheet.getProtections(type.SHEET)).toHaveLength(1);
    ranges[0]!.remove();
    expect(sheet.getProtections(type.RANGE)).toHaveLength(0);
  });

  it('inserts checkboxes with a checkbox validation, unchecked', () => {
    const sheet = sheetOf(fixtureEmulator());
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(String(sheet.getRange('A1').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    sheet.getRange('A2').check();
    expect(sheet.getRange('A2').isChecked()).toBe(true);
  });

  it('builds, inserts, lists and removes charts', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    const charts = emu.globals.Charts as typeof Charts;
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B20'))
      .setPosition(2, 5, 0, 0)
      .setOption('title', 'Ratio to bodyweight')
      .build();
    sheet.insertChart(chart);
    const [listed] = sheet.getCharts();
    expect(listed!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B20']);
    expect(listed!.getOptions().get('title')).toBe('Ratio to bodyweight');
    expect(listed!.getContainerInfo().getAnchorColumn()).toBe(5);
    sheet.removeChart(listed!);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('tags sheets and whole columns with developer metadata, not arbitrary ranges', () => {
    const emu = fixtureEmulator();
    const sheet = sheetOf(emu);
    sheet.addDeveloperMetadata('strong-enough', 'dashboard');
    sheet.getRange('I:I').addDeveloperMetadata('strong-enough-status');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['strong-enough', 'dashboard'],
    ]);
    const [column] = sheet.getRange('I:I').getDeveloperMetadata();
    expect(String(column!.getLocation().getLocationType())).toBe('COLUMN');
    column!.remove();
    expect(sheet.getRange('I:I').getDeveloperMetadata()).toHaveLength(0);
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'arbitrary ranges is not currently supported',
    );
  });
});
