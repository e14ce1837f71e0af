import { readdirSync, readFileSync } from 'node:fs';
import { parseExport } from '../src/core/import';

const dir = 'test/fixtures/realdata';
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()) {
  const r = parseExport(readFileSync(`${dir}/${f}`, 'utf8'));
  if (!r.ok) {
    console.log(`['${f}', REFUSED ${JSON.stringify(r.error)}],`);
    continue;
  }
  const p = r.parsed;
  const sk = Object.fromEntries(Object.entries(p.skipped).filter(([, n]) => n > 0));
  console.log(
    `['${f}', '${p.format}', '${p.unit.unit}', '${p.unit.decidedBy}', ${p.sets.length}, ${JSON.stringify(sk)}, ${p.rejoined.length}, ${p.dataRows}],`,
  );
}
