/**
 * Developer metadata as Sheets keeps it: key/value tags on the spreadsheet, a sheet, or one whole
 * row or column, which stay with that row or column through inserts, deletes and moves (a deleted
 * row's metadata is deleted with it) and with the sheet through renames.
 *
 * References:
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * - https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
 * - https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 *   ("if developer metadata is associated with row 5 and another row is then subsequently inserted
 *   above row 5, that original metadata is still associated with the row it was first associated
 *   with (what is now row 6). If the associated object is deleted then its metadata is deleted
 *   too"; a location's DimensionRange "must represent a single row or column").
 */
import type { GridRange } from './a1';
import type { MetadataLocation, MetadataModel, SheetModel, WorkbookModel } from './model';
import { type Runtime, wrap } from './runtime';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

type LocationType = MetadataLocation['type'];
type Visibility = MetadataModel['visibility'];

/**
 * Apps Script enum members are objects (not strings): `addDeveloperMetadata(key, 'PROJECT')` stores
 * the value "PROJECT", while `addDeveloperMetadata(key, DeveloperMetadataVisibility.PROJECT)` sets
 * the visibility. Members print as their names and compare with ===.
 */
function enumObjects<K extends string>(className: string, ...names: K[]): Record<K, object> {
  return Object.freeze(
    Object.fromEntries(
      names.map((name) => [
        name,
        Object.freeze({ toString: () => name, toJSON: () => name, name: () => name, className }),
      ]),
    ),
  ) as Record<K, object>;
}

export const DeveloperMetadataVisibility = enumObjects(
  'DeveloperMetadataVisibility',
  'DOCUMENT',
  'PROJECT',
);
export const DeveloperMetadataLocationType = enumObjects(
  'DeveloperMetadataLocationType',
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
);

const nameOf = <K extends string>(members: Record<K, object>, value: unknown): K | null => {
  for (const [name, member] of Object.entries(members) as [K, object][]) {
    if (member === value) return name;
  }
  return null;
};

const signature = (method: string, value: unknown): Error =>
  new Error(
    `Exception: The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.${method}.`,
  );

/** What a finder searches: the whole spreadsheet, one sheet, or one range. */
export type MetadataScope =
  | { readonly kind: 'SPREADSHEET' }
  | { readonly kind: 'SHEET'; readonly sheet: SheetModel }
  | { readonly kind: 'RANGE'; readonly sheet: SheetModel; readonly grid: GridRange };

export interface MetadataHost {
  readonly runtime: Runtime;
  readonly workbook: WorkbookModel;
  nextId(): number;
  sheetFacade(sheet: SheetModel): Sheet;
  rangeFacade(sheet: SheetModel, grid: GridRange): Range;
  spreadsheet(): Spreadsheet;
  /** The sheet and grid behind a Range facade; throws Apps Script's message for anything else. */
  rangeOf(range: unknown): { sheet: SheetModel; grid: GridRange };
  /** The sheet behind a Sheet facade; throws for anything else. */
  sheetOf(sheet: unknown): SheetModel;
}

export interface Metadata {
  /** Spreadsheet/Sheet/Range.addDeveloperMetadata(key[, value][, visibility]). */
  add(location: MetadataLocation, args: unknown[]): void;
  /** The location a range may carry (one whole row or column); throws Sheets' message otherwise. */
  rangeLocation(sheet: SheetModel, grid: GridRange): MetadataLocation;
  /** Metadata at exactly this location (Spreadsheet/Sheet/Range.getDeveloperMetadata). */
  at(location: MetadataLocation | null): DeveloperMetadata[];
  finder(scope: MetadataScope): DeveloperMetadataFinder;
}

const ADD_TO_RANGE_ERROR =
  'Exception: Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

const sameLocation = (a: MetadataLocation, b: MetadataLocation): boolean =>
  a.type === b.type &&
  ('sheetId' in a ? a.sheetId : null) === ('sheetId' in b ? b.sheetId : null) &&
  ('index' in a ? a.index : null) === ('index' in b ? b.index : null);

export function createMetadata(host: MetadataHost): Metadata {
  const { runtime } = host;
  const workbook = () => host.workbook;

  const sheetById = (id: number): SheetModel => {
    const sheet = workbook().sheets.find((s) => s.id === id);
    if (!sheet) throw new Error('Exception: The sheet of this developer metadata was deleted.');
    return sheet;
  };

  const wholeRow = (sheet: SheetModel, index: number): GridRange => ({
    row: index,
    column: 1,
    numRows: 1,
    numColumns: sheet.maxColumns,
  });
  const wholeColumn = (sheet: SheetModel, index: number): GridRange => ({
    row: 1,
    column: index,
    numRows: sheet.maxRows,
    numColumns: 1,
  });

  const rangeLocation = (sheet: SheetModel, grid: GridRange): MetadataLocation => {
    const rows = grid.column === 1 && grid.numColumns === sheet.maxColumns;
    const columns = grid.row === 1 && grid.numRows === sheet.maxRows;
    // A one-cell sheet's only cell is both; Sheets would have to pick, and so do we: the row.
    if (rows && grid.numRows === 1) return { type: 'ROW', sheetId: sheet.id, index: grid.row };
    if (columns && grid.numColumns === 1)
      return { type: 'COLUMN', sheetId: sheet.id, index: grid.column };
    throw new Error(ADD_TO_RANGE_ERROR);
  };

  const live = (model: MetadataModel): MetadataModel => {
    if (!workbook().metadata.includes(model))
      throw new Error('Exception: This developer metadata has been removed.');
    return model;
  };

  const locationFacade = (location: MetadataLocation) =>
    wrap<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(
      runtime,
      'DeveloperMetadataLocation',
      {
        getLocationType: () => DeveloperMetadataLocationType[location.type],
        getSpreadsheet: () => (location.type === 'SPREADSHEET' ? host.spreadsheet() : null),
        // Documented: null unless the location type is SHEET (row and column metadata give their
        // sheet through getRow().getSheet() / getColumn().getSheet()).
        getSheet: () =>
          location.type === 'SHEET' ? host.sheetFacade(sheetById(location.sheetId)) : null,
        getRow: () => {
          if (location.type !== 'ROW') return null;
          const sheet = sheetById(location.sheetId);
          return host.rangeFacade(sheet, wholeRow(sheet, location.index));
        },
        getColumn: () => {
          if (location.type !== 'COLUMN') return null;
          const sheet = sheetById(location.sheetId);
          return host.rangeFacade(sheet, wholeColumn(sheet, location.index));
        },
        toString: () => 'DeveloperMetadataLocation',
      },
    );

  /** The row or column a Range given to moveToRow / moveToColumn stands for. */
  const dimensionOf = (range: unknown, type: 'ROW' | 'COLUMN'): MetadataLocation => {
    const { sheet, grid } = host.rangeOf(range);
    const location = rangeLocation(sheet, grid);
    if (location.type !== type)
      throw new Error(`Exception: The range must be a single whole ${type.toLowerCase()}.`);
    return location;
  };

  const facade = (model: MetadataModel): DeveloperMetadata => {
    const self: DeveloperMetadata = wrap(runtime, 'DeveloperMetadata', {
      getId: () => live(model).id,
      getKey: () => live(model).key,
      getValue: () => live(model).value,
      getVisibility: () => DeveloperMetadataVisibility[live(model).visibility],
      getLocation: () => locationFacade(live(model).location),
      setKey(key: unknown) {
        if (typeof key !== 'string' || key === '') throw signature('DeveloperMetadata.setKey', key);
        live(model).key = key;
        return self;
      },
      setValue(value: unknown) {
        live(model).value = value === null || value === undefined ? null : String(value);
        return self;
      },
      setVisibility(visibility: unknown) {
        const name = nameOf(DeveloperMetadataVisibility, visibility);
        if (!name) throw signature('DeveloperMetadata.setVisibility', visibility);
        live(model).visibility = name;
        return self;
      },
      remove() {
        live(model);
        workbook().metadata = workbook().metadata.filter((m) => m !== model);
      },
      moveToColumn(range: unknown) {
        live(model).location = dimensionOf(range, 'COLUMN');
        return self;
      },
      moveToRow(range: unknown) {
        live(model).location = dimensionOf(range, 'ROW');
        return self;
      },
      moveToSheet(sheet: unknown) {
        live(model).location = { type: 'SHEET', sheetId: host.sheetOf(sheet).id };
        return self;
      },
      moveToSpreadsheet() {
        live(model).location = { type: 'SPREADSHEET' };
        return self;
      },
      toString: () => 'DeveloperMetadata',
    });
    return self;
  };

  const add = (location: MetadataLocation, args: unknown[]) => {
    const [key, second, third] = args;
    if (typeof key !== 'string' || key === '') throw new Error('Exception: Invalid argument: key');
    // (key), (key, visibility), (key, value), (key, value, visibility).
    const secondVisibility = nameOf(DeveloperMetadataVisibility, second);
    let value: string | null = null;
    let visibility: Visibility = 'DOCUMENT';
    if (secondVisibility) visibility = secondVisibility;
    else if (second !== undefined) {
      if (typeof second !== 'string') throw signature('addDeveloperMetadata', second);
      value = second;
      if (third !== undefined) {
        const name = nameOf(DeveloperMetadataVisibility, third);
        if (!name) throw signature('addDeveloperMetadata', third);
        visibility = name;
      }
    }
    workbook().metadata.push({ id: host.nextId(), key, value, visibility, location });
  };

  /** Whether metadata at `location` is in a range's scope: wholly inside it, or intersecting it. */
  const inRange = (
    location: MetadataLocation,
    sheet: SheetModel,
    grid: GridRange,
    intersecting: boolean,
  ): boolean => {
    if (location.type !== 'ROW' && location.type !== 'COLUMN') return false;
    if (location.sheetId !== sheet.id) return false;
    const allColumns = grid.column === 1 && grid.numColumns === sheet.maxColumns;
    const allRows = grid.row === 1 && grid.numRows === sheet.maxRows;
    if (location.type === 'ROW') {
      const inside = location.index >= grid.row && location.index < grid.row + grid.numRows;
      return inside && (intersecting || allColumns);
    }
    const inside = location.index >= grid.column && location.index < grid.column + grid.numColumns;
    return inside && (intersecting || allRows);
  };

  const finder = (scope: MetadataScope): DeveloperMetadataFinder => {
    const filters: ((m: MetadataModel) => boolean)[] = [];
    let intersecting = false;
    const self: DeveloperMetadataFinder = wrap(runtime, 'DeveloperMetadataFinder', {
      withKey(key: unknown) {
        filters.push((m) => m.key === key);
        return self;
      },
      withValue(value: unknown) {
        filters.push((m) => m.value === value);
        return self;
      },
      withId(id: unknown) {
        filters.push((m) => m.id === id);
        return self;
      },
      withLocationType(type: unknown) {
        const name = nameOf(DeveloperMetadataLocationType, type);
        if (!name) throw signature('DeveloperMetadataFinder.withLocationType', type);
        filters.push((m) => m.location.type === name);
        return self;
      },
      withVisibility(visibility: unknown) {
        const name = nameOf(DeveloperMetadataVisibility, visibility);
        if (!name) throw signature('DeveloperMetadataFinder.withVisibility', visibility);
        filters.push((m) => m.visibility === name);
        return self;
      },
      // "This option is only applicable for range-scoped searches."
      onIntersectingLocations() {
        intersecting = true;
        return self;
      },
      find: () =>
        workbook()
          .metadata.filter((m) => {
            const at = m.location;
            if (scope.kind === 'SHEET' && !('sheetId' in at && at.sheetId === scope.sheet.id))
              return false;
            if (scope.kind === 'RANGE' && !inRange(at, scope.sheet, scope.grid, intersecting))
              return false;
            return filters.every((f) => f(m));
          })
          .map(facade),
      toString: () => 'DeveloperMetadataFinder',
    });
    return self;
  };

  return {
    add,
    rangeLocation,
    at: (location) =>
      location === null
        ? []
        : workbook()
            .metadata.filter((m) => sameLocation(m.location, location))
            .map(facade),
    finder,
  };
}

export type { LocationType };
