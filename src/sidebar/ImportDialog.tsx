/**
 * The import dialog: pick a Strong/Hevy/log CSV, read it into rows here (papaparse, in the
 * browser), send the rows up in chunks, answer what the file lacks, look at the preview, then add
 * it to the log. Each step is one screen; errors keep the file.
 */
import { useState } from 'preact/hooks';
import type { ImportNeed, ImportOptions, ImportPreview, ImportResult } from '../addon/api-types';
import { decodeFile } from '../core/import/chunks';
import type { Unit } from '../core/units';
import {
  addButtonLabel,
  addingLabel,
  askedSoFar,
  badRowsTitle,
  cellText,
  FILE_LIMIT_TEXT,
  fileProblem,
  fileUpload,
  type ImportAnswers,
  importOptions,
  missingAnswers,
  previewSummary,
  skippedLines,
  TARGET_CHOICE_WORDS,
  targetWords,
  unitWords,
  uploadProgress,
} from './import-view';
import { type Call, closeHost, plainMessage } from './server';
import { Alert, Busy } from './ui';

type Step =
  | { readonly kind: 'pick' }
  | {
      readonly kind: 'busy';
      readonly label: string;
      readonly sent?: number;
      readonly total?: number;
    }
  | {
      readonly kind: 'preview';
      readonly uploadId: string;
      readonly preview: ImportPreview;
      /** The options this preview was made with; changed answers need a fresh preview. */
      readonly options: ImportOptions;
      /** Everything the server has asked for in this upload, so answered fields stay on screen. */
      readonly asked: readonly ImportNeed[];
    }
  | { readonly kind: 'done'; readonly result: ImportResult };

/**
 * The file's text, decoded here from its bytes (UTF-8, UTF-16 with or without a byte-order mark,
 * Windows-1252); a workbook, PDF, image, JSON or other non-CSV file is named for what it is.
 */
function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const decoded = decodeFile(new Uint8Array(reader.result as ArrayBuffer), file.name);
      if (decoded.ok) resolve(decoded.text);
      else reject(new Error(decoded.message));
    };
    reader.onerror = () => reject(new Error(`Could not read ${file.name}. Choose it again.`));
    reader.readAsArrayBuffer(file);
  });
}

const sameOptions = (a: ImportOptions, b: ImportOptions) =>
  a.athlete === b.athlete &&
  a.unit === b.unit &&
  (a.bodyweight ?? null) === (b.bodyweight ?? null) &&
  (a.bodyweight === undefined || a.bodyweightUnit === b.bodyweightUnit) &&
  (a.target ?? null) === (b.target ?? null);

export function ImportDialog(props: { call: Call; close?: () => boolean }) {
  const { call } = props;
  const close = props.close ?? closeHost;
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<ImportAnswers>({
    athlete: '',
    unit: '',
    bodyweight: '',
    bodyweightUnit: 'kg',
  });

  const fail = (e: unknown, back: Step) => {
    setError(plainMessage(e));
    setStep(back);
  };

  const upload = async (file: File) => {
    setError(null);
    const problem = fileProblem(file);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      setStep({ kind: 'busy', label: `Reading ${file.name}…` });
      const text = await readFileText(file);
      const read = fileUpload(text);
      if (!read.ok) throw new Error(read.message);
      const { size, checksum, chunks, checksums } = read.upload;
      const { uploadId } = await call('importBegin', {
        fileName: file.name,
        fileBytes: file.size,
        size,
        chunks: chunks.length,
        checksum,
      });
      for (const [index, chunk] of chunks.entries()) {
        setStep({
          kind: 'busy',
          label: uploadProgress(index, chunks.length),
          sent: index,
          total: chunks.length,
        });
        await call('importChunk', uploadId, index, chunk, checksums[index] ?? '');
      }
      setStep({ kind: 'busy', label: 'Reading the workouts…' });
      const preview = await call('importPreview', uploadId, {});
      setStep({ kind: 'preview', uploadId, preview, options: {}, asked: preview.needs });
    } catch (e) {
      fail(e, { kind: 'pick' });
    }
  };

  const refreshPreview = async (current: Extract<Step, { kind: 'preview' }>) => {
    setError(null);
    const options = importOptions(current.asked, answers);
    try {
      setStep({ kind: 'busy', label: 'Updating the preview…' });
      const preview = await call('importPreview', current.uploadId, options);
      const asked = askedSoFar(current.asked, preview.needs);
      setStep({ kind: 'preview', uploadId: current.uploadId, preview, options, asked });
    } catch (e) {
      fail(e, current);
    }
  };

  const commit = async (current: Extract<Step, { kind: 'preview' }>) => {
    setError(null);
    try {
      setStep({
        kind: 'busy',
        label: addingLabel(current.preview.added),
      });
      const result = await call('importCommit', current.uploadId, current.options);
      setStep({ kind: 'done', result });
    } catch (e) {
      fail(e, current);
    }
  };

  return (
    <main class="dialog" data-testid="import-dialog" data-step={step.kind}>
      {error ? <Alert testId="import-error">{error}</Alert> : null}

      {step.kind === 'pick' ? (
        <div class="file-picker">
          <p>
            Bring a Strong, Hevy, FitNotes or Fitbod CSV export (or a log in this sheet's layout)
            into the log. Sets already in the log are not added twice.
          </p>
          <p class="muted" data-testid="import-limit">
            {FILE_LIMIT_TEXT}
          </p>
          <label for="import-file">CSV file</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,.txt"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void upload(file);
            }}
          />
        </div>
      ) : null}

      {step.kind === 'busy' ? (
        <div>
          {step.total !== undefined && step.total > 1 ? (
            <progress
              class="upload"
              max={step.total}
              value={step.sent ?? 0}
              aria-label={step.label}
            />
          ) : null}
          <Busy label={step.label} />
        </div>
      ) : null}

      {step.kind === 'preview' ? (
        <PreviewStep
          step={step}
          answers={answers}
          onAnswers={setAnswers}
          onRefresh={() => void refreshPreview(step)}
          onCommit={() => void commit(step)}
          onAnother={() => {
            setError(null);
            setStep({ kind: 'pick' });
          }}
        />
      ) : null}

      {step.kind === 'done' ? (
        <div>
          <p class="result ok" role="status" data-testid="import-result">
            {step.result.message}
          </p>
          <ul>
            {skippedLines(step.result.skipped).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <BadRows bad={step.result.bad} count={step.result.bad.length} />
          <p class="muted">An open sidebar shows the new sessions by itself.</p>
        </div>
      ) : null}

      <div class="buttons footer">
        {step.kind === 'done' ? (
          <button
            type="button"
            onClick={() => {
              setError(null);
              setStep({ kind: 'pick' });
            }}
          >
            Import another file
          </button>
        ) : null}
        <button
          type="button"
          class={step.kind === 'done' ? 'primary' : undefined}
          data-testid="import-close"
          disabled={step.kind === 'busy'}
          onClick={() => {
            if (!close()) setError('Close this window from its ✕ button.');
          }}
        >
          {step.kind === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </main>
  );
}

/** The rows of the file that could not be read, each with its line and why. */
function BadRows(props: { bad: ImportPreview['bad']; count: number }) {
  if (props.count === 0) return null;
  return (
    <div data-testid="import-bad">
      <p>{badRowsTitle(props.count)}</p>
      <ul>
        {props.bad.map((b, i) => (
          <li key={i}>{b.message}</li>
        ))}
      </ul>
      {props.count > props.bad.length ? (
        <p class="muted">The first {props.bad.length} are listed.</p>
      ) : null}
    </div>
  );
}

function PreviewStep(props: {
  step: Extract<Step, { kind: 'preview' }>;
  answers: ImportAnswers;
  onAnswers: (a: ImportAnswers) => void;
  onRefresh: () => void;
  onCommit: () => void;
  onAnother: () => void;
}) {
  const { step, answers, onAnswers } = props;
  const { preview } = step;
  const needs = step.asked;
  const missing = missingAnswers(needs, answers);
  const stale = !sameOptions(importOptions(needs, answers), step.options);
  // Unanswered, or answered differently from what this preview was made with: preview again.
  const needsPreview = preview.needs.length > 0 || stale || missing.length > 0;
  const skipped = skippedLines(preview.skipped);
  return (
    <div>
      <p data-testid="import-format">
        File: <strong>{preview.format}</strong>
        <span class="muted"> — {preview.layout}</span>
      </p>
      <p data-testid="import-unit-how" class={preview.unit.unit === null ? undefined : 'muted'}>
        {unitWords(preview.unit)}
      </p>
      {preview.notes.map((note) => (
        <p key={note} class="muted" data-testid="import-note">
          {note}
        </p>
      ))}
      {needs.includes('athlete') ? (
        <>
          <label for="import-athlete">Athlete's name</label>
          <input
            id="import-athlete"
            data-testid="import-athlete"
            type="text"
            value={answers.athlete}
            onInput={(e) => onAnswers({ ...answers, athlete: e.currentTarget.value })}
          />
        </>
      ) : null}
      {needs.includes('unit') ? (
        <fieldset>
          <legend>The file's weights are in</legend>
          <div class="radios">
            {(['kg', 'lb'] as const satisfies readonly Unit[]).map((u) => (
              <label key={u}>
                <input
                  type="radio"
                  name="import-unit"
                  value={u}
                  data-testid={`import-unit-${u}`}
                  checked={answers.unit === u}
                  onChange={() => onAnswers({ ...answers, unit: u })}
                />
                {u}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {preview.bodyweightTo !== 'none' ? (
        <fieldset data-testid="import-bodyweight-field">
          <legend>Athlete's bodyweight now (optional)</legend>
          <p class="muted">
            {preview.bodyweightTo === 'roster'
              ? 'Added to the bodyweight roster, so ratios and targets show at once.'
              : 'Written with the newest imported set, so ratios and targets show at once.'}
          </p>
          <div class="radios">
            <input
              id="import-bodyweight"
              data-testid="import-bodyweight"
              type="text"
              inputMode="decimal"
              aria-label="Bodyweight"
              size={6}
              value={answers.bodyweight ?? ''}
              onInput={(e) => onAnswers({ ...answers, bodyweight: e.currentTarget.value })}
            />
            {(['kg', 'lb'] as const satisfies readonly Unit[]).map((u) => (
              <label key={u}>
                <input
                  type="radio"
                  name="import-bodyweight-unit"
                  value={u}
                  data-testid={`import-bodyweight-unit-${u}`}
                  checked={(answers.bodyweightUnit ?? 'kg') === u}
                  onChange={() => onAnswers({ ...answers, bodyweightUnit: u })}
                />
                {u}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {preview.target.choices.length > 1 ? (
        <fieldset data-testid="import-target-field">
          <legend>Where the sets go</legend>
          <div class="radios">
            {preview.target.choices.map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name="import-target"
                  value={kind}
                  data-testid={`import-target-${kind}`}
                  checked={(answers.target ?? preview.target.kind) === kind}
                  onChange={() => onAnswers({ ...answers, target: kind })}
                />
                {TARGET_CHOICE_WORDS[kind]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {missing.length > 0 && (needs.length > 0 || (answers.bodyweight ?? '') !== '') ? (
        <ul class="muted">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}

      {needsPreview ? null : (
        <>
          <p data-testid="import-summary">{previewSummary(preview)}</p>
          {preview.target.choices.length > 1 || preview.target.kind !== 'shared' ? (
            <p data-testid="import-target">{targetWords(preview.target)}</p>
          ) : null}
          {skipped.length > 0 ? (
            <ul data-testid="import-skipped">
              {skipped.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <BadRows bad={preview.bad} count={preview.badCount} />
          {preview.rows.length > 0 ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it
            <section class="table-wrap" tabIndex={0} aria-label="Rows to be added">
              <table class="preview" data-testid="import-preview">
                <thead>
                  <tr>
                    {preview.columns.map((c, i) => (
                      <th key={i} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cellText(cell)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {preview.rows.length < preview.added ? (
            <p class="muted">
              The first {preview.rows.length} of {preview.added} rows.
            </p>
          ) : null}
        </>
      )}

      <div class="buttons">
        {needsPreview ? (
          <button
            type="button"
            class="primary"
            data-testid="import-update-preview"
            disabled={missing.length > 0}
            onClick={props.onRefresh}
          >
            Show preview
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-testid="import-commit"
            disabled={preview.added === 0}
            onClick={props.onCommit}
          >
            {addButtonLabel(preview.added)}
          </button>
        )}
        <button type="button" onClick={props.onAnother}>
          Choose another file
        </button>
      </div>
    </div>
  );
}
