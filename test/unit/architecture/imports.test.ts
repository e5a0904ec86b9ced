// Imports run one way, bot/ → workers/ → flows/ (eslint.config.js): a back-import fails the lint,
// and the tree as it is has none. The rule is checked on text, so no file is written to the tree.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Type information is not needed for an import rule; without it any path can be linted as text.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false } } }] });

async function importErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import direction bot → workers → flows', () => {
  it.each([
    ['workers/cases/probe.ts', '../../bot/platform/config.js'],
    ['workers/probe.ts', '../bot/app.js'],
    ['flows/intake/probe.ts', '../../workers/cases/store.js'],
    ['flows/intake/steps/probe.ts', '../../../bot/transport/types.js'],
    ['flows/probe.ts', 'ioredis'],
    ['workers/outbound/probe.ts', '@whiskeysockets/baileys'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toHaveLength(1);
  });

  it.each([
    ['bot/casework/probe.ts', '../../workers/casework/casework.js'],
    ['bot/probe.ts', '../flows/index.js'],
    ['workers/cases/probe.ts', '../../flows/casework/desk.js'],
    ['workers/cases/probe.ts', '../platform/crypto.js'],
    ['flows/intake/probe.ts', '../casework/desk.js'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  });
});
