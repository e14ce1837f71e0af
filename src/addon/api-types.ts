/**
 * What crosses google.script.run between the sidebar (src/sidebar) and the server (src/addon).
 * Plain JSON only: Apps Script cannot pass Date objects, so days are ISO strings. Endpoints report
 * failure by throwing an Error with a plain-words message (the client's failure handler shows it).
 */
import type { FormulaName } from '../core/formulas';
import type { AthleteSummary, AuditThresholds, ColumnRole, Problem } from '../core/model';
import type { Unit } from '../core/units';

export type BodyweightSetting =
  | { readonly kind: 'column' }
  | { readonly kind: 'roster'; readonly sheet: string }
  | { readonly kind: 'value'; readonly value: number };

export interface HighlightColors {
  readonly stale: string;
  readonly targetReached: string;
  readonly newBest: string;
}

/** Stored as JSON in document properties (shared by everyone editing the file). */
export interface Settings {
  readonly version: 1;
  /** Sheet holding the log; null = the active sheet. */
  readonly logSheet: string | null;
  /** Column overrides by role, as header labels ("Weight"); absent = detected. */
  readonly columns: Partial<Record<ColumnRole, string>>;
  readonly unit: Unit;
  readonly bodyweight: BodyweightSetting;
  readonly formula: FormulaName;
  readonly sessionsBeforeStale: number;
  /** A break of this many weeks between sessions starts a new block (bests count from there). */
  readonly layoffWeeks: number;
  /** In race season, taper and transition, a session within this share of the block's best is kept. */
  readonly keepShare: number;
  readonly colors: HighlightColors;
  readonly audit: AuditThresholds;
}

export interface DetectedColumn {
  readonly role: ColumnRole;
  /** 1-based column number in the sheet. */
  readonly column: number;
  readonly label: string;
}

export interface LogDescription {
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly columns: readonly DetectedColumn[];
  /** Every header label, for the override dropdowns. */
  readonly labels: readonly string[];
  readonly rows: number;
}

export interface TargetRowJson {
  readonly exercise: string;
  readonly multiple: number;
}

export interface SidebarState {
  readonly settings: Settings;
  /** Set when stored settings were corrupt or out of range and defaults were used. */
  readonly settingsWarning: string | null;
  readonly sheets: readonly string[];
  readonly log: LogDescription | null;
  /** What is missing and how to fix it, when the log cannot be read. */
  readonly logError: string | null;
  readonly targets: readonly TargetRowJson[];
  readonly highlightsApplied: boolean;
  readonly athletes: readonly AthleteSummary[];
  /** The first problems (rows that could not be used); problemCount has the total. */
  readonly problems: readonly Problem[];
  readonly problemCount: number;
  /** Changes with every Strong Enough write; getSidebarRevision tells an open sidebar it is behind. */
  readonly revision: string;
}

export interface ActionResult {
  /** Plain words for the coach: what was done. */
  readonly message: string;
  readonly state: SidebarState;
}

/** The sidebar endpoints (names are the top-level functions google.script.run calls). */
export interface SidebarApi {
  getSidebarState(): SidebarState;
  /** SidebarState.revision as it is now: one document-property read, no Spreadsheet call. */
  getSidebarRevision(): string;
  saveSettings(settings: Partial<Omit<Settings, 'version'>>): SidebarState;
  saveTargets(targets: readonly TargetRowJson[]): SidebarState;
  resetTargets(): SidebarState;
  applyHighlights(): ActionResult;
  removeHighlights(): ActionResult;
  buildDashboard(): ActionResult;
  runAudit(): ActionResult;
}

/** The upload that starts an import: the browser reads the file and sends it in chunks. */
export interface ImportBegin {
  readonly fileName: string;
  /** Characters of text in the whole file. */
  readonly size: number;
  /** How many importChunk calls will follow (index 0 … chunks − 1). */
  readonly chunks: number;
  /** Checksum of the whole text (core/import/chunks checksum), checked once every part is joined. */
  readonly checksum: string;
}

/** What the coach supplies when the file does not say it (ImportPreview.needs). */
export interface ImportOptions {
  readonly athlete?: string;
  readonly unit?: Unit;
}

export type ImportNeed = 'athlete' | 'unit';

export interface ImportSkip {
  /** Plain words: "warm-up set", "cardio (no load)", "already in the log". */
  readonly reason: string;
  readonly count: number;
}

export interface ImportPreview {
  /** Plain words: "Strong export", "Hevy export (kg)", "Strong Enough log". */
  readonly format: string;
  /** The layout detected: "2025 layout (…); semicolon-separated, every field quoted". */
  readonly layout: string;
  /**
   * The unit of the file's weights as the file or its numbers decide it, and how (plain words);
   * unit null when neither does and the coach is asked (needs has 'unit').
   */
  readonly unit: {
    readonly unit: Unit | null;
    readonly decidedBy: 'header' | 'unit column' | 'numbers' | 'undecided';
    readonly how: string;
  };
  /** How the file was read beyond the counts (names joined back after a stray comma). */
  readonly notes: readonly string[];
  /**
   * What the file lacks and the options do not yet give: the dialog asks the coach, then previews
   * again with the answers. Empty when importCommit can go ahead with the same options.
   */
  readonly needs: readonly ImportNeed[];
  /** Rows that would be added. */
  readonly added: number;
  readonly skipped: readonly ImportSkip[];
  /** The log's column labels in its own order (the preview table's header). */
  readonly columns: readonly string[];
  /** The first rows that would be added, in the columns' order. */
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

export interface ImportResult {
  readonly added: number;
  readonly skipped: readonly ImportSkip[];
  /** Plain words for the coach: what was added and skipped. */
  readonly message: string;
}

/**
 * The import endpoints (ImportDialog.html) and the sidebar's way to open that dialog. A malformed
 * file makes importPreview/importCommit throw an Error naming the line and the reason.
 */
export interface ImportApi {
  /** Opens the import dialog (a modal over the sheet). */
  showImportDialog(): void;
  importBegin(begin: ImportBegin): { readonly uploadId: string };
  /** `checksum` is the chunk's own checksum: a part damaged on the way is refused by number. */
  importChunk(uploadId: string, index: number, text: string, checksum: string): void;
  importPreview(uploadId: string, options: ImportOptions): ImportPreview;
  importCommit(uploadId: string, options: ImportOptions): ImportResult;
}
