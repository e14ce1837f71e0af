/**
 * What crosses google.script.run between the sidebar (src/sidebar) and the server (src/addon).
 * Plain JSON only: Apps Script cannot pass Date objects, so days are ISO strings. Endpoints report
 * failure by throwing an Error with a plain-words message (the client's failure handler shows it).
 */
import type { AttentionItem } from '../core/attention';
import type { FormulaName } from '../core/formulas';
import type {
  AthleteSummary,
  AuditThresholds,
  ColumnRole,
  LiftSummary,
  Problem,
  UnrecognisedName,
} from '../core/model';
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
  /**
   * The athlete of each log tab without an Athlete column, by tab name, where the coach changed it;
   * a tab not named here belongs to the athlete its name says ("Maya").
   */
  readonly athleteNames: Readonly<Record<string, string>>;
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

/**
 * A lift as the sidebar gets it: its ratio history thinned and packed as [day number (days since
 * 1970-01-01), ratio] pairs, a third of the size of RatioPoint objects.
 */
export interface SidebarLift extends Omit<LiftSummary, 'history'> {
  readonly chart: readonly (readonly [number, number])[];
}

/** An athlete as the sidebar gets them: key lifts only, charts thinned (sidebar-state.ts). */
export interface SidebarAthlete extends Omit<AthleteSummary, 'lifts'> {
  readonly lifts: readonly SidebarLift[];
  /** The log tabs this athlete's rows are on (several when they have a tab and rows in a shared log). */
  readonly tabs: readonly string[];
  /** The stale lifts that are not key lifts, by name (most trained first). */
  readonly otherStale: readonly string[];
  /** How many lifts are not key lifts (stale or not): counted, not sent. */
  readonly otherLifts: number;
}

/** Needs attention for the sidebar: the ranked items (their line is problem + action) and quiet lines. */
export interface SidebarAttention {
  readonly items: readonly Omit<AttentionItem, 'text'>[];
  /** One line per athlete with nothing to act on, in name order. */
  readonly quiet: readonly { readonly athlete: string; readonly text: string }[];
}

/** A log sheet of the file as the sidebar lists it (a tab per athlete, or a shared log). */
export interface SidebarLog {
  readonly sheet: string;
  /**
   * The tab's athlete when it has no Athlete column (its name, or the coach's name for it; for a
   * linked tab, the name on the Linked logs sheet).
   */
  readonly athlete: string | null;
  readonly athleteFrom: 'column' | 'tab' | 'settings' | 'linked';
  /** Rows below the header. */
  readonly rows: number;
  readonly highlights: boolean;
  /**
   * Highlights are on, but the Status formula reads the log as another athlete's (the tab was
   * renamed after Apply): Apply writes it again.
   */
  readonly statusOutOfDate: boolean;
}

export interface SidebarState {
  readonly settings: Settings;
  /** Set when stored settings were corrupt or out of range and defaults were used. */
  readonly settingsWarning: string | null;
  readonly sheets: readonly string[];
  readonly log: LogDescription | null;
  /** Every log the actions work on, in the file's order (one when a log sheet is chosen in settings). */
  readonly logs: readonly SidebarLog[];
  /** What is missing and how to fix it, when the log cannot be read. */
  readonly logError: string | null;
  readonly targets: readonly TargetRowJson[];
  readonly highlightsApplied: boolean;
  /** Most in need of attention first, then by name: the order of the cards. */
  readonly athletes: readonly SidebarAthlete[];
  readonly attention: SidebarAttention;
  /** The first problems (rows that could not be used); problemCount has the total. */
  readonly problems: readonly Problem[];
  readonly problemCount: number;
  /** Exercise names neither recognised nor classified, with their sets (absent before a read). */
  readonly unrecognised?: readonly UnrecognisedName[];
  /** Changes with every Strong Enough write; getSidebarRevision tells an open sidebar it is behind. */
  readonly revision: string;
  /** Athletes' own files linked in (absent before the first read): each tab and its state. */
  readonly linked?: LinkedLogsJson;
}

/** A linked tab as the sidebar lists it. */
export interface LinkedTabJson {
  readonly athlete: string;
  readonly tab: string;
  /** "linked": read and included like a local log; "waiting": shows #REF! (Allow access). */
  readonly state: 'linked' | 'waiting';
}

export interface LinkedLogsJson {
  /** Our "Linked logs" sheet's name, or null before Link athletes' logs made it. */
  readonly roster: string | null;
  readonly tabs: readonly LinkedTabJson[];
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
  /** On every log, or on the tabs named (the coach's choice in the sidebar). */
  applyHighlights(tabs?: readonly string[]): ActionResult;
  removeHighlights(tabs?: readonly string[]): ActionResult;
  buildDashboard(): ActionResult;
  runAudit(): ActionResult;
  /** Link athletes' logs: the Linked logs sheet's rows become read-only IMPORTRANGE tabs. */
  linkAthleteLogs(): ActionResult;
  /** Removes every linked tab (the athletes' files are never touched). */
  unlinkAthleteLogs(): ActionResult;
}

/**
 * The upload that starts an import: the browser reads the file into rows and sends them, as one
 * JSON text (core/import/payload), in chunks.
 */
export interface ImportBegin {
  readonly fileName: string;
  /** The file's size in bytes, checked against the 20 MB limit (the rows' size when absent). */
  readonly fileBytes?: number;
  /** Characters of the rows' text (the payload), all chunks together. */
  readonly size: number;
  /** How many importChunk calls will follow (index 0 … chunks − 1). */
  readonly chunks: number;
  /** Checksum of the rows' whole text (core/import/chunks checksum), checked once every part is joined. */
  readonly checksum: string;
}

/**
 * Where an import writes in a file with several logs: the athlete's own tab, a new tab for them in
 * the log layout, or the shared log (the one with an Athlete column).
 */
export type ImportTargetKind = 'tab' | 'newTab' | 'shared';

export interface ImportTargetView {
  readonly kind: ImportTargetKind;
  /** The tab written to (for a new tab: the name it will get). */
  readonly name: string;
  /** The import's one athlete, when it has one. */
  readonly athlete: string | null;
  /** What the coach may choose instead (the first is the default). */
  readonly choices: readonly ImportTargetKind[];
  /**
   * The athlete's linked tab (their own file, read-only), when they have one: the sets never go
   * there nor to their file, and the dialog says so.
   */
  readonly linked?: string;
}

/** What the coach supplies when the file does not say it (ImportPreview.needs). */
export interface ImportOptions {
  /** Where to write, when the preview offered a choice (ImportPreview.target.choices). */
  readonly target?: ImportTargetKind;
  readonly athlete?: string;
  readonly unit?: Unit;
  /**
   * The athlete's bodyweight now (optional): written with their newest imported set, or as a
   * roster row when bodyweights come from a roster, so ratios appear at once.
   */
  readonly bodyweight?: number | null;
  readonly bodyweightUnit?: Unit;
}

/** A row of the file that could not be read: its line and why ("Line 7: Reps "x" is not a number."). */
export interface ImportBadRow {
  readonly line: number | null;
  readonly message: string;
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
  /** Rows that could not be read, left out (the first 50), and how many there are in all. */
  readonly bad: readonly ImportBadRow[];
  readonly badCount: number;
  /** Where a bodyweight given in the dialog goes: the log's column, a roster sheet, or nowhere. */
  readonly bodyweightTo: 'column' | 'roster' | 'none';
  /** The tab the sets go to, and the other places the coach may choose. */
  readonly target: ImportTargetView;
}

export interface ImportResult {
  readonly added: number;
  /** The tab the sets were written to. */
  readonly sheet: string;
  /** Rows of the file that could not be read (the first 50): not imported. */
  readonly bad: readonly ImportBadRow[];
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
