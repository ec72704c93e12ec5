// Lint rules, including the architecture boundaries: the core imports no vscode, no LSP, no IO and no model runtime.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'child_process', 'node:child_process', 'worker_threads', 'node:worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'samples/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...IO_MODULES, 'vscode', 'node-llama-cpp'].map((name) => ({ name, message: 'The core is pure: IO lives in server/src/adapters, LSP in server/src/lsp, VS Code in src/.' })),
          patterns: [{ group: ['vscode-languageserver*', 'vscode-jsonrpc*', '**/adapters/**', '**/lsp/**', '**/cli/**'], message: 'The core knows no LSP, adapters or CLI.' }],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/lsp/**', 'server/src/main.ts', 'server/src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode'].map((name) => ({ name, message: 'Only src/ imports vscode.' })),
          patterns: [{ group: ['vscode-languageserver*'], message: 'Only server/src/lsp knows LSP.' }],
        },
      ],
    },
  },
);
