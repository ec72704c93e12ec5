import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../core/sigma/diagnostic';
import { isRecord } from '../core/common/is-record';

/** The `sigmaWorkbench.*` settings the server reads, per resource. */
export interface ServerSettings {
  rules: { folders: string[] };
  diagnostics: { delay: number; workspace: boolean };
  replay: { codeLens: boolean; samples: string[]; baseline: string };
  validation: { severity: Record<string, Severity | 'off'>; taxonomyPaths: string[] };
  attack: { bundlePath: string };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: { folders: [] },
  diagnostics: { delay: 15, workspace: true },
  replay: { codeLens: true, samples: [], baseline: '' },
  validation: { severity: {}, taxonomyPaths: [] },
  attack: { bundlePath: '' },
};

/**
 * Settings per resource, asked from the client with workspace/configuration and cached until the
 * client reports a change. Clients without that capability get the initialization options over the defaults.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly options: { pull: boolean; initial: Partial<ServerSettings> },
  ) {}

  get(resource: string | undefined): Promise<ServerSettings> {
    const key = resource ?? '';
    const cached = this.cache.get(key);
    if (cached) return cached;
    const loaded = this.load(resource);
    this.cache.set(key, loaded);
    return loaded;
  }

  clear(): void {
    this.cache.clear();
  }

  private async load(resource: string | undefined): Promise<ServerSettings> {
    if (!this.options.pull) return mergeSettings(this.options.initial);
    try {
      const value = (await this.connection.workspace.getConfiguration({ scopeUri: resource, section: 'sigmaWorkbench' })) as Partial<ServerSettings> | null;
      return mergeSettings({ ...this.options.initial, ...(value ?? {}) });
    } catch {
      // A client that fails the request still deserves a working server: fall back to the defaults.
      return mergeSettings(this.options.initial);
    }
  }
}

/** Fills missing parts with defaults; a wrong type from the client counts as missing. */
export function mergeSettings(value: Partial<ServerSettings> | undefined): ServerSettings {
  const folders = value?.rules?.folders;
  const delay = value?.diagnostics?.delay;
  return {
    rules: { folders: Array.isArray(folders) ? stringList(folders) : DEFAULT_SETTINGS.rules.folders },
    diagnostics: {
      delay: typeof delay === 'number' && delay >= 0 ? Math.min(delay, 5000) : DEFAULT_SETTINGS.diagnostics.delay,
      workspace: typeof value?.diagnostics?.workspace === 'boolean' ? value.diagnostics.workspace : DEFAULT_SETTINGS.diagnostics.workspace,
    },
    replay: {
      codeLens: typeof value?.replay?.codeLens === 'boolean' ? value.replay.codeLens : DEFAULT_SETTINGS.replay.codeLens,
      samples: stringList(value?.replay?.samples),
      baseline: typeof value?.replay?.baseline === 'string' ? value.replay.baseline : '',
    },
    validation: {
      severity: isRecord(value?.validation?.severity) ? (value.validation.severity as ServerSettings['validation']['severity']) : {},
      taxonomyPaths: stringList(value?.validation?.taxonomyPaths),
    },
    attack: { bundlePath: typeof value?.attack?.bundlePath === 'string' ? value.attack.bundlePath : '' },
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
