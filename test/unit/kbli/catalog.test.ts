// The catalogue is written by hand; this checks it against the KBLI 2020 reference data kept outside the
// repository (/work/shared/data/kbli2020.json, i.e. ../shared/data/ next to the repository root).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KBLI_CATALOG } from '../../../flows/kbli/catalog.js';
import { foldText } from '../../../flows/kbli/text.js';

interface ReferenceRow {
  code: string;
  title: string;
}

const referencePath = fileURLToPath(new URL('../../../../shared/data/kbli2020.json', import.meta.url));
const referenceExists = existsSync(referencePath);
if (!referenceExists) {
  console.warn(`KBLI reference data not found at ${referencePath}: official codes and titles are NOT checked`);
}

function loadReference(): Map<string, string> {
  const rows = JSON.parse(readFileSync(referencePath, 'utf8')) as ReferenceRow[];
  return new Map(rows.map((row) => [row.code, row.title]));
}

describe('KBLI catalogue shape', () => {
  it('holds between 60 and 100 activities', () => {
    expect(KBLI_CATALOG.length).toBeGreaterThanOrEqual(60);
    expect(KBLI_CATALOG.length).toBeLessThanOrEqual(100);
  });

  it('lists every code once', () => {
    const codes = KBLI_CATALOG.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(KBLI_CATALOG)('$code is a five-digit KBLI 2020 code with everyday words', (entry) => {
    expect(entry.code).toMatch(/^\d{5}$/);
    expect(entry.version).toBe('2020');
    expect(entry.words.length).toBeGreaterThan(0);
    for (const word of entry.words) expect(word).toBe(foldText(word));
  });

  it('never lists the same everyday word under two codes', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of KBLI_CATALOG) {
      for (const word of new Set(entry.words)) {
        const previous = owner.get(word);
        if (previous !== undefined) clashes.push(`"${word}": ${previous} and ${entry.code}`);
        owner.set(word, entry.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  // The short names are what the bot lists choices by, e.g. "1. Warung makan (56102)".
  const shortNames = KBLI_CATALOG.flatMap((entry) => [
    { code: entry.code, language: 'id', name: entry.short.id },
    { code: entry.code, language: 'en', name: entry.short.en },
  ]);

  it.each(shortNames)('$code has a short $language name "$name" of at most 32 characters, without a code', ({ name }) => {
    expect(name.trim()).toBe(name);
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(32);
    expect(name).not.toMatch(/\d{5}/);
  });

  it.each(['id', 'en'] as const)('never gives two codes the same short %s name', (language) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of KBLI_CATALOG) {
      const name = entry.short[language].toLowerCase();
      const previous = owner.get(name);
      if (previous !== undefined) clashes.push(`"${entry.short[language]}": ${previous} and ${entry.code}`);
      owner.set(name, entry.code);
    }
    expect(clashes).toEqual([]);
  });
});

const referenceSuite = referenceExists
  ? 'KBLI catalogue against the KBLI 2020 reference'
  : `SKIPPED: KBLI reference not found at ${referencePath}; official codes and titles unchecked`;

describe.skipIf(!referenceExists)(referenceSuite, () => {
  const reference = referenceExists ? loadReference() : new Map<string, string>();

  it('reference has the 1,790 KBLI 2020 codes', () => {
    expect(reference.size).toBe(1790);
  });

  it.each(KBLI_CATALOG)('$code carries its official KBLI 2020 title', (entry) => {
    expect(reference.has(entry.code), `${entry.code} is not a KBLI 2020 code`).toBe(true);
    expect(entry.title).toBe(reference.get(entry.code));
  });
});
