import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, loadDist, pushOrder, readManifest } from '../../scripts/apps-script-runtime';
import { ADDON_GLOBALS } from '../../src/addon/globals';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

// These tests read dist/ as built by `npm run build` (npm test builds first).
const read = (file: string) => readFileSync(path.join(DIST_DIR, file), 'utf8');

describe('dist/ as clasp pushes it', () => {
  it('holds the manifest, the scripts and nothing with import/export', () => {
    const scripts = pushOrder();
    expect(scripts).toEqual(['bundle.js', 'globals.js']);
    for (const file of scripts) {
      const code = read(file);
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      // A syntax check as a classic script, which is how Apps Script evaluates each file.
      expect(() => new (require('node:vm').Script)(code, { filename: file })).not.toThrow();
    }
  });

  it('declares a V8 manifest with exception logging and exactly the two scopes', () => {
    const manifest = readManifest();
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('gives every custom function a top-level declaration with @customfunction JSDoc and real parameter names', () => {
    const globals = read('globals.js');
    for (const fn of CUSTOM_FUNCTIONS) {
      const params = fn.parameters.map((p) => p.name).join(', ');
      const declaration = new RegExp(
        `/\\*\\*(?:(?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\s*function ${fn.name}\\(${params}\\)`,
      );
      expect(globals).toMatch(declaration);
      for (const p of fn.parameters) {
        expect(globals).toContain(`@param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} `);
      }
    }
  });
});

describe('dist/ loaded into one V8 context as Apps Script does', () => {
  const context = loadDist({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Europe/Oslo' }),
    },
  });

  it('exposes every trigger, menu handler and endpoint as a top-level function', () => {
    for (const name of ['onOpen', 'onInstall', ...Object.keys(ADDON_GLOBALS)]) {
      expect(typeof context[name]).toBe('function');
    }
    for (const fn of CUSTOM_FUNCTIONS) expect(typeof context[fn.name]).toBe('function');
  });

  it('computes E1RM(100, 5) ≈ 116.67 with the default (Epley) formula through the wrapper', () => {
    expect(context.E1RM(100, 5)).toBeCloseTo(116.67, 2);
    expect(context.E1RM(100, 1)).toBe(100);
  });

  it('keeps bundle internals off the global scope but the one bundle name', () => {
    expect(typeof context.StrongEnough).toBe('object');
    expect(context.estimateOneRepMax).toBeUndefined();
  });
});
