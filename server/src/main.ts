// The language server's entry point: create the connection (stdio or node-ipc, from argv) and start serving.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

startServer(createConnection(ProposedFeatures.all), {
  failingHandlers: (process.env.SIGMA_WORKBENCH_FAIL_HANDLERS ?? '').split(',').filter(Boolean),
  logTimings: process.env.SIGMA_WORKBENCH_LOG_TIMINGS === '1',
});
