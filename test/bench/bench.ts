// `npm run bench`: runs every `*.bench.ts` section in this folder and prints its figures.
// Benchmarks read ../shared; they are measurements, not tests, and never fail on a slow machine.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { requireSharedData } from '../support/shared-data';

export interface BenchSection {
  title: string;
  run(): Promise<string[]> | string[];
}

async function main(): Promise<void> {
  requireSharedData();
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only))).sort();
  for (const file of files) {
    const section = (await import(path.join(__dirname, file))).default as BenchSection;
    console.log(`\n## ${section.title}`);
    for (const line of await section.run()) console.log(`- ${line}`);
  }
}

void main();
