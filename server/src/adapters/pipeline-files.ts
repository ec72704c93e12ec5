import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parsePipeline, type Pipeline } from '../core/replay/pipeline';

/** The bundled pipelines, by the name `--pipeline` accepts. */
export const BUNDLED_PIPELINES = ['sysmon', 'ecs-windows'] as const;

/**
 * The `pipelines/` folder of the package: beside `dist/` when bundled (dist/cli.js, dist/server.js),
 * or three levels up from this file when run from source.
 */
export function bundledPipelineFolder(): string | undefined {
  let folder = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(folder, '..', 'pipelines');
    if (existsSync(path.join(candidate, 'sysmon.yml'))) return path.resolve(candidate);
    folder = path.dirname(folder);
  }
  return undefined;
}

/** Loads a pipeline by bundled name or file path; the error says what is wrong with it. */
export async function loadPipeline(nameOrFile: string): Promise<{ pipeline: Pipeline; warnings: string[] } | { error: string }> {
  const file = resolvePipelinePath(nameOrFile);
  if (!file) return { error: `unknown pipeline '${nameOrFile}': use ${BUNDLED_PIPELINES.join(', ')} or a YAML file` };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { error: `cannot read pipeline ${file}: ${(error as Error).message}` };
  }
  const parsed = parsePipeline(text, { fallbackName: path.basename(file, path.extname(file)) });
  const errors = parsed.problems.filter((problem) => problem.severity === 'error');
  if (!parsed.pipeline || errors.length) return { error: `pipeline ${file}: ${errors.map((problem) => problem.message).join('; ')}` };
  return { pipeline: parsed.pipeline, warnings: parsed.problems.map((problem) => `pipeline ${file}: ${problem.message}`) };
}

function resolvePipelinePath(nameOrFile: string): string | undefined {
  if ((BUNDLED_PIPELINES as readonly string[]).includes(nameOrFile)) {
    const folder = bundledPipelineFolder();
    return folder ? path.join(folder, `${nameOrFile}.yml`) : undefined;
  }
  return existsSync(nameOrFile) ? nameOrFile : undefined;
}
