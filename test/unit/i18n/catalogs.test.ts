// Both languages share exactly the same keys and parameters, and every message renders cleanly.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../flows/i18n/index.js';

type Entry = string | ((params: Record<string, string>) => string);

function entries(lang: 'id' | 'en'): [string, Entry][] {
  return Object.entries(catalogs[lang]) as [string, Entry][];
}

/** Renders a message with a proxy that records which parameters it reads and returns a marker for each. */
function renderProbe(entry: Entry): { text: string; used: string[] } {
  if (typeof entry === 'string') return { text: entry, used: [] };
  const used: string[] = [];
  const params = new Proxy({}, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      used.push(name);
      return `«${name}»`;
    },
  });
  return { text: entry(params), used: [...new Set(used)].sort() };
}

/** WhatsApp shows about this much without "Read more"; a message should be one bubble, not a page. */
const BUBBLE = 500;

/** Parameters that carry a list (several lines) get a realistic list; others a realistic single value. */
const LIST_PARAMS = new Set(['list', 'items', 'recent', 'facts']);

function render(entry: Entry): string {
  if (typeof entry === 'string') return entry;
  const params = new Proxy({}, { get: (_t, name) => (LIST_PARAMS.has(String(name)) ? 'x'.repeat(150) : 'x'.repeat(30)) });
  return entry(params);
}

describe('message catalogues', () => {
  it('id and en have exactly the same keys', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.id).sort());
  });

  it.each(entries('id').map(([key]) => key))('%s: same kind and parameters in both languages, no leftovers', (key) => {
    const id = renderProbe(catalogs.id[key as keyof typeof catalogs.id] as Entry);
    const en = renderProbe(catalogs.en[key as keyof typeof catalogs.en] as Entry);
    expect(typeof catalogs.en[key as keyof typeof catalogs.en]).toBe(typeof catalogs.id[key as keyof typeof catalogs.id]);
    expect(en.used).toEqual(id.used);
    for (const { text, used } of [id, en]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|\[object |\$\{|\{\w+\}/);
      for (const name of used) expect(text).toContain(`«${name}»`);
    }
  });

  it.each(['id', 'en'] as const)('every %s message fits one WhatsApp bubble (500 characters) with realistic values', (lang) => {
    const tooLong = entries(lang)
      .map(([key, entry]) => [key, render(entry)] as const)
      .filter(([, text]) => text.length > BUBBLE)
      .map(([key, text]) => `${key}: ${text.length}`);
    expect(tooLong).toEqual([]);
  });

  it('lists of names have the same length in both languages', () => {
    for (const key of ['weekdayNames', 'monthNames'] as const) {
      expect(catalogs.en[key].split('|')).toHaveLength(catalogs.id[key].split('|').length);
    }
  });
});
