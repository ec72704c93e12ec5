import type { ReplayReport } from '../../adapters/replay-runner';

/**
 * The stable JSON contract of `replay --format json`: `rules[]` with path, id, title, matchCount and
 * matches (`file`, 0-based `event`), `events` with read, skipped and errors, and `elapsedMs`.
 * Further keys are additions: a rule's level, kind, eventsInScope, diagnostics, baselineHits;
 * with --explain, each match's `explain` and, for rules without matches, `nearMisses`.
 */
export function formatReplayJson(report: ReplayReport, options: { explain: boolean }): string {
  const rules = report.rules.map((rule) => ({
    path: rule.path ?? null,
    id: rule.id ?? null,
    title: rule.title,
    matchCount: rule.matchCount,
    matches: rule.matches.map((match) => (options.explain && match.explain ? { file: match.file, event: match.event, explain: match.explain } : { file: match.file, event: match.event })),
    kind: rule.kind,
    level: rule.level ?? null,
    eventsInScope: rule.eventsInScope,
    ...(rule.diagnostics.length ? { diagnostics: rule.diagnostics } : {}),
    ...(rule.baselineHits !== undefined ? { baselineHits: rule.baselineHits } : {}),
    ...(options.explain && rule.nearMisses ? { nearMisses: rule.nearMisses } : {}),
  }));
  return JSON.stringify({ rules, events: report.events, elapsedMs: report.elapsedMs }, null, 2);
}

const SHOWN_MATCHES = 20;

/** A human summary: one block per rule, then the event counts and read errors. */
export function formatReplayText(report: ReplayReport): string {
  const lines: string[] = [];
  for (const rule of report.rules) {
    if (rule.kind === 'filter') continue;
    const where = rule.path ? `${rule.path}: ` : '';
    const baseline = rule.baselineHits !== undefined ? `, ${rule.baselineHits} on the baseline` : '';
    lines.push(`${where}${rule.title} — ${rule.matchCount} match${rule.matchCount === 1 ? '' : 'es'} (${rule.eventsInScope} events in scope${baseline})`);
    for (const diagnostic of rule.diagnostics) lines.push(`  ! ${diagnostic.code}: ${diagnostic.message}`);
    for (const match of rule.matches.slice(0, SHOWN_MATCHES)) {
      lines.push(`  ${match.file}${match.line ? `:${match.line}` : ''} (event ${match.event})`);
      for (const field of match.explain?.fields ?? []) lines.push(`      ${field.selection}: ${field.key} = ${field.value}`);
    }
    if (rule.matches.length > SHOWN_MATCHES) lines.push(`  ... and ${rule.matchCount - SHOWN_MATCHES} more`);
    for (const miss of rule.nearMisses ?? []) lines.push(`  no match: ${miss.file}${miss.line ? `:${miss.line}` : ''} (event ${miss.event}): ${miss.reason}${miss.value ? ` (value: ${miss.value})` : ''}`);
  }
  const { read, skipped, errors } = report.events;
  lines.push('', `Events: ${read} read, ${skipped} skipped; ${report.elapsedMs} ms`);
  for (const error of errors.slice(0, 50)) lines.push(`  ${error.file}:${error.line}: ${error.message}`);
  if (errors.length > 50) lines.push(`  ... and ${errors.length - 50} more read errors`);
  return lines.join('\n');
}
