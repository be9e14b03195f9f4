import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvOfPartners, measureBackend, measureCsvImport } from './backend';
import { createWorkspace, generateDataSet } from './dataSets';
import { hasLibreOffice, measureDocuments, measureLibreOffice } from './documents';
import { measureRenderer } from './renderer';
import { type Measurement, targets } from './results';
import { summarise } from './stats';

/**
 * `npm run bench [-- --sizes 200,2000,10000 --runs 7 --out FILE --parts backend,renderer,documents,import]`:
 * generates data sets with the development generator, measures each figure `runs` times after a
 * warm-up, prints medians and p95 against the targets and writes them as JSON.
 */
const usage =
  'Usage: npm run bench -- [--sizes 200,2000,10000] [--runs 7] [--out bench/results/latest.json] ' +
  '[--parts backend,renderer,documents,import] [--csv-rows 10000]';
const allParts = ['backend', 'renderer', 'documents', 'import'] as const;
type Part = (typeof allParts)[number];

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '200,2000,10000' },
      runs: { type: 'string', default: '7' },
      out: { type: 'string', default: path.join('bench', 'results', 'latest.json') },
      parts: { type: 'string', default: allParts.join(',') },
      'csv-rows': { type: 'string', default: '10000' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const whole = (text: string, name: string) => {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1)
      throw new Error(`--${name}: "${text}" is not a whole number above 0.\n${usage}`);
    return n;
  };
  const sizes = values.sizes.split(',').map((s) => whole(s.trim(), 'sizes'));
  const parts = values.parts.split(',').map((p) => p.trim());
  for (const p of parts) {
    if (!(allParts as readonly string[]).includes(p))
      throw new Error(`--parts: unknown part "${p}".\n${usage}`);
  }
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: whole(values.runs, 'runs'),
    out: path.resolve(values.out),
    parts: new Set(parts as Part[]),
    csvRows: whole(values['csv-rows'], 'csv-rows'),
  };
}

const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const uptime = () => {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${load().join(', ')}`;
  }
};

function fmt(value: number, unit: Measurement['unit']): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ratio') return `${value.toFixed(1)}×`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)}${unit === 'MB' ? ' MB' : ''}`;
}

interface Row {
  key: string;
  label: string;
  unit: Measurement['unit'];
  target: { max: number; atSize: number | null } | null;
  bySize: Record<
    string,
    { median: number; p95: number; runs: number; samples: number[]; note?: string }
  >;
  met: boolean | null;
}

function rowsOf(measurements: Measurement[]): Row[] {
  const rows = new Map<string, Row>();
  for (const m of measurements) {
    const row = rows.get(m.key) ?? {
      key: m.key,
      label: m.label,
      unit: m.unit,
      target: targets[m.key] ?? null,
      bySize: {},
      met: null,
    };
    const s = summarise(m.samples);
    row.bySize[m.size === null ? 'any' : String(m.size)] = {
      ...s,
      runs: m.samples.length,
      samples: m.samples.map((x) => Number(x.toFixed(3))),
      ...(m.note ? { note: m.note } : {}),
    };
    rows.set(m.key, row);
  }
  for (const row of rows.values()) {
    if (!row.target) continue;
    const at = row.bySize[row.target.atSize === null ? 'any' : String(row.target.atSize)];
    row.met = at ? at.median <= row.target.max : null;
  }
  return [...rows.values()];
}

function printTable(rows: Row[], sizes: number[]): void {
  const columns = [...sizes.map(String), 'any'].filter((c) => rows.some((r) => r.bySize[c]));
  const header = [
    'measurement',
    ...columns.map((c) =>
      c === 'any' ? 'any size' : `${Number(c).toLocaleString('en')} partners`,
    ),
    'target',
    'met?',
  ];
  const body = rows.map((r) => [
    r.label,
    ...columns.map((c) => {
      const s = r.bySize[c];
      return s ? `${fmt(s.median, r.unit)} / ${fmt(s.p95, r.unit)}` : '';
    }),
    r.target
      ? `≤ ${fmt(r.target.max, r.unit)}${r.unit === 'ms' ? ' ms' : ''}${r.target.atSize ? ` at ${r.target.atSize.toLocaleString('en')}` : ''}`
      : '',
    r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log('\nmedian / p95 (ms unless marked)');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const b of body) console.log(line(b));
  for (const r of rows) {
    for (const [size, s] of Object.entries(r.bySize)) {
      if (s.note) console.log(`  ${r.key} @ ${size}: ${s.note}`);
    }
  }
}

/** Ratios from the same run: LibreOffice against our PDF, and the largest size against the smallest. */
function ratiosOf(rows: Row[], sizes: number[]) {
  const ratios: { label: string; value: number }[] = [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const lo = byKey.get('libreOfficePdf')?.bySize.any;
  const ours = byKey.get('mouPdf')?.bySize.any;
  if (lo && ours)
    ratios.push({
      label: 'LibreOffice .docx → PDF vs our PDF (medians)',
      value: lo.median / ours.median,
    });
  const small = sizes[0];
  const large = sizes.at(-1);
  if (small !== undefined && large !== undefined && large !== small) {
    for (const r of rows) {
      const a = r.bySize[String(small)];
      const b = r.bySize[String(large)];
      if (a && b && a.median > 0) {
        ratios.push({
          label: `${r.key}: ${large.toLocaleString('en')} vs ${small.toLocaleString('en')} partners`,
          value: b.median / a.median,
        });
      }
    }
  }
  return ratios;
}

async function main(): Promise<void> {
  const opts = options();
  const workspace = createWorkspace();
  const startedAt = new Date();
  const loadBefore = load();
  const uptimeBefore = uptime();
  const measurements: Measurement[] = [];
  const dataSets: Record<string, { seconds: number; megabytes: number }> = {};
  const step = (text: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${text}`);
  try {
    let csv: Buffer | undefined;
    if (opts.parts.has('import')) {
      step(`generating the ${opts.csvRows} partners of the CSV file`);
      const source = await generateDataSet(workspace, opts.csvRows, 2);
      csv = await csvOfPartners(source.dataDir);
      fs.rmSync(source.dataDir, { recursive: true, force: true });
    }
    for (const size of opts.sizes) {
      step(`generating ${size} partners`);
      const set = await generateDataSet(workspace, size);
      dataSets[size] = {
        seconds: Number(set.seconds.toFixed(2)),
        megabytes: Number(set.megabytes.toFixed(1)),
      };
      if (opts.parts.has('backend')) {
        step(`backend at ${size}`);
        measurements.push(...(await measureBackend(workspace, set.dataDir, size, opts.runs)));
      }
      if (csv) {
        step(`CSV import at ${size}`);
        measurements.push(
          await measureCsvImport(
            workspace,
            set.dataDir,
            size,
            Math.min(opts.runs, 5),
            csv,
            opts.csvRows,
          ),
        );
      }
      if (opts.parts.has('renderer')) {
        step(`renderer at ${size}`);
        measurements.push(...(await measureRenderer(workspace, set.dataDir, size, opts.runs)));
      }
      fs.rmSync(set.dataDir, { recursive: true, force: true });
    }
    if (opts.parts.has('documents')) {
      step('documents');
      const docs = await measureDocuments(opts.runs);
      measurements.push(...docs.measurements);
      if (hasLibreOffice()) {
        step('LibreOffice');
        measurements.push(
          await measureLibreOffice(workspace.root, docs.docx, Math.min(opts.runs, 5)),
        );
      } else {
        console.log('soffice not found: the LibreOffice comparison is left out.');
      }
    }
  } finally {
    workspace.remove();
  }

  const rows = rowsOf(measurements);
  const ratios = ratiosOf(rows, opts.sizes);
  printTable(rows, opts.sizes);
  console.log('\nratios (same run)');
  for (const r of ratios) console.log(`  ${r.label}: ${r.value.toFixed(1)}×`);
  const cpus = os.cpus();
  const result = {
    date: startedAt.toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    load: { before: loadBefore, after: load(), uptimeBefore, uptimeAfter: uptime() },
    sizes: opts.sizes,
    runs: opts.runs,
    dataSets,
    measurements: rows.map(({ key, label, unit, target, bySize, met }) => ({
      key,
      label,
      unit,
      target,
      met,
      bySize,
    })),
    ratios,
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${uptimeBefore}\nWritten to ${opts.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
