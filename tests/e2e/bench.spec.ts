import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './harness';

const root = path.resolve(__dirname, '../..');

/**
 * `npm run bench` still works: one run at the smallest size, its JSON checked for shape. The
 * figures themselves are not asserted (this machine may be busy); they come from the
 * benchmark run on its own.
 */
test('the benchmark runs at the smallest size and writes its results', async () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerloom-bench-test-'));
  try {
    const out = path.join(dir, 'results.json');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        path.join(root, 'out/bench/run.cjs'),
        ...['--sizes', '200', '--runs', '1', '--csv-rows', '500', '--out', out],
      ],
      { cwd: root, timeout: 170_000 },
    );
    expect(stdout).toContain('median / p95');
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as {
      machine: { cpu: string; cores: number; node: string };
      load: { before: number[] };
      sizes: number[];
      measurements: {
        key: string;
        target: { max: number } | null;
        bySize: Record<string, { median: number; p95: number; runs: number }>;
      }[];
    };
    expect(result.sizes).toEqual([200]);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.load.before).toHaveLength(3);
    const keys = result.measurements.map((m) => m.key);
    for (const key of [
      'backendStart',
      'boardLoad',
      'move',
      'search',
      'overlap',
      'csvImport',
      'navigation',
      'heap',
      'drag',
      'dragLongestFrame',
      'mouDocx',
      'mouPdf',
    ]) {
      expect(keys).toContain(key);
    }
    for (const m of result.measurements) {
      for (const figure of Object.values(m.bySize)) {
        expect(figure.runs).toBeGreaterThan(0);
        expect(Number.isFinite(figure.median) && figure.median >= 0).toBe(true);
        expect(figure.p95).toBeGreaterThanOrEqual(figure.median);
      }
    }
    // The committed results are left alone.
    expect(stdout).not.toContain(path.join('bench', 'results', 'latest.json'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
