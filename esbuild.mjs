// Bundles the CLI, the language server and the extension client into dist/, one file each.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const targets = [
  { entry: 'server/src/cli/main.ts', out: 'dist/cli.js', external: ['node-llama-cpp'] },
  { entry: 'server/src/main.ts', out: 'dist/server.js', external: ['node-llama-cpp'] },
  { entry: 'src/extension.ts', out: 'dist/extension.js', external: ['vscode', 'node-llama-cpp'] },
];

const production = process.argv.includes('--production');

await Promise.all(
  targets
    .filter((target) => existsSync(target.entry))
    .map((target) =>
      build({
        entryPoints: [target.entry],
        outfile: target.out,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        sourcemap: !production,
        minify: production,
        external: target.external,
        logLevel: 'warning',
      }),
    ),
);
