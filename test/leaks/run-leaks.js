#!/usr/bin/env node
// `npm run test:leaks -- --histories 5000 [--seed 123]`: the system-level leak property test
// (test/leaks/leaks.e2e.spec.ts) with more histories than `npm test` runs, through jest (which starts
// the throwaway PostgreSQL), printing the figures at the end.
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  return args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
}

const histories = Number(option('histories', '1000'));
const seed = option('seed', undefined);
if (!Number.isInteger(histories) || histories < 1) {
  console.error('--histories must be a whole number above 0');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'stafett-leaks-'));
const figuresFile = join(dir, 'figures.json');
const env = { ...process.env, LEAK_HISTORIES: String(histories), LEAK_FIGURES_FILE: figuresFile, ...(seed === undefined ? {} : { LEAK_SEED: seed }) };
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, '--runTestsByPath', join(__dirname, 'leaks.e2e.spec.ts')], { stdio: 'inherit', env, cwd: join(__dirname, '..', '..') });
try {
  const figures = JSON.parse(readFileSync(figuresFile, 'utf8'));
  console.log('\nLeak test figures:');
  console.log(`  histories            ${figures.histories} (seed ${figures.seed})`);
  console.log(`  writes               ${figures.writes} accepted, ${figures.refusedWrites} refused`);
  console.log(`  requests             ${figures.requests} to ${figures.getRoutes} GET routes (${figures.answered} answered 200, ${figures.redacted} entries redacted)`);
  console.log(`  markers              ${figures.markersWritten} written, ${figures.markersChecked} found in answers and checked`);
  console.log(`  time                 ${figures.seconds.toFixed(1)} s`);
} catch {
  console.error('No figures: the run did not finish (see above).');
}
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
