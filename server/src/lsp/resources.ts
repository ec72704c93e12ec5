import * as path from 'node:path';
import { createRuleReplayer, resolveReplayPaths, type RuleReplayerOptions } from '../adapters/rule-replayer';
import { loadValidationResources } from '../adapters/validation-resources';
import { languageDataFromResources } from '../core/language/resource-language-data';
import { pathOf, type Session } from './session';

/**
 * Loads the field taxonomy (bundled, plus `sigmaWorkbench.validation.taxonomyPaths`) and the ATT&CK
 * index (`sigmaWorkbench.attack.bundlePath`) into the session, for the checks and for hover and
 * completion, and sets up replay against the sample library (`sigmaWorkbench.replay.*`). Relative paths are read from the first workspace folder. Problems are logged, never thrown.
 */
export async function loadResources(session: Session): Promise<void> {
  const root = workspaceRootOf(session);
  const settings = await session.settings.get(session.workspaceFolders[0]?.uri);
  const resolve = (file: string): string => path.resolve(root, file);
  const loaded = await loadValidationResources({
    taxonomyPaths: settings.validation.taxonomyPaths.map(resolve),
    attackPath: settings.attack.bundlePath ? resolve(settings.attack.bundlePath) : undefined,
  });
  const { problems, ...resources } = loaded;
  for (const problem of problems) session.connection.console.warn(`Sigma resources: ${problem}`);
  session.resources = resources;
  session.resourceData = languageDataFromResources({ taxonomy: loaded.taxonomy, attack: loaded.attack });
  const replay = await replayPathsOf(session);
  session.replay = replay ? createRuleReplayer(replay) : undefined;
}

/** The sample folders and baseline that replay and the hover examples read: the settings', else the bundled library. */
export async function replayPathsOf(session: Session): Promise<RuleReplayerOptions | undefined> {
  const settings = await session.settings.get(session.workspaceFolders[0]?.uri);
  return resolveReplayPaths({ samples: settings.replay.samples, baseline: settings.replay.baseline, workspaceRoot: workspaceRootOf(session), bundledRoot: BUNDLED_SAMPLES });
}

function workspaceRootOf(session: Session): string {
  return session.workspaceFolders.map((folder) => pathOf(folder.uri)).find(Boolean) ?? process.cwd();
}

/** The sample library shipped with the extension, beside the bundled server (`dist/server.js` -> `samples/`). */
const BUNDLED_SAMPLES = path.resolve(__dirname, '..', 'samples');
