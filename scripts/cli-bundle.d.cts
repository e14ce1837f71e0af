/** Types of scripts/cli-bundle.cjs (plain CommonJS, so `npm run analyze` needs no TypeScript loader). */
export declare const CLI_BUNDLE: string;
/** Builds dist-cli/analyze.cjs and records its inputs; returns the bundle's size in bytes. */
export declare function buildCli(): number;
/** Is the bundle there, built from the files as they are now? */
export declare function isCliCurrent(): boolean;
/** The bundle's path, built first when it is missing or out of date. */
export declare function ensureCli(): string;
