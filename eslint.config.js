// Type-aware linting: floating promises are the classic way a bot silently drops work.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'bot/server/sim-page/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Imports run one way, bot/ → workers/ → flows/: flows/ is the pure engine (no network, Redis,
    // queues or disk); workers/ never reaches up into the edge.
    files: ['flows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@whiskeysockets/*', 'bullmq', 'ioredis', 'fastify', '@fastify/*', 'pino', 'pino-*'], message: 'flows/ is pure: no I/O libraries' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:child_process', 'node:http'], message: 'flows/ is pure: no I/O' },
          { regex: String.raw`(^|/)(bot|workers)(/|$)`, message: 'flows/ depends on nothing outside flows/ (imports run bot → workers → flows)' },
        ],
      }],
    },
  },
  {
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@whiskeysockets/*', 'fastify', '@fastify/*'], message: 'workers/ runs below the edge: no transport or HTTP libraries' },
          { regex: String.raw`(^|/)bot(/|$)`, message: 'workers/ never imports bot/ (imports run bot → workers → flows)' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['*.js', '.ci/**', 'scripts/**'], ...tseslint.configs.disableTypeChecked },
);
