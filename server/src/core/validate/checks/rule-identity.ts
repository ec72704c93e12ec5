import type { Located, SigmaRule } from '../../sigma/model';
import type { Range } from '../../sigma/position';
import type { Check, CheckContext, Finding } from '../check';

/** UUIDs in the canonical 8-4-4-4-12 hex form (any version; v4 is recommended but not required). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Place = { path: string; range: Range };

/** `id` is a UUID, unique across the files checked together; `name` is unique too (correlations reference both). */
export const ruleIdentityCheck: Check = {
  codes: {
    'missing-id': { severity: 'information', description: 'The rule has no id; correlation and filter rules cannot reference it reliably.' },
    'invalid-id': { severity: 'warning', description: 'The id is not a UUID.' },
    'duplicate-id': { severity: 'error', description: 'Another rule has the same id.' },
    'duplicate-name': { severity: 'error', description: 'Another rule has the same name.' },
  },
  run(context: CheckContext): Finding[] {
    const { rule } = context;
    const findings: Finding[] = [];
    if (!rule.attributes.some((item) => item.key === 'id')) {
      findings.push({ code: 'missing-id', message: 'The rule has no id: add `id:` with a new UUID', range: rule.title?.range ?? rule.attributes[0]?.keyRange ?? rule.range });
    } else if (rule.id && !UUID_PATTERN.test(rule.id.value)) {
      findings.push({ code: 'invalid-id', message: `'${rule.id.value}' is not a UUID (for example 929a690e-bef0-4204-a928-ef5e620d6fcc)`, range: rule.id.range });
    }
    if (rule.id) findings.push(...duplicates(context, rule.id, 'duplicate-id', 'id', idsOf(context)));
    if (rule.name) findings.push(...duplicates(context, rule.name, 'duplicate-name', 'name', namesOf(context)));
    return findings;
  },
};

function idsOf(context: CheckContext): Map<string, Place[]> {
  return context.workspace?.ruleIds ?? localPlaces(context, (rule) => rule.id);
}

function namesOf(context: CheckContext): Map<string, Place[]> {
  return context.workspace?.ruleNames ?? localPlaces(context, (rule) => rule.name);
}

/** Without workspace facts, uniqueness is checked among the documents of this file. */
function localPlaces(context: CheckContext, pick: (rule: SigmaRule) => Located<string> | undefined): Map<string, Place[]> {
  const map = new Map<string, Place[]>();
  for (const rule of context.file.rules) {
    const located = pick(rule);
    if (located) map.set(located.value, [...(map.get(located.value) ?? []), { path: context.path, range: located.range }]);
  }
  return map;
}

function duplicates(context: CheckContext, located: Located<string>, code: string, what: string, places: Map<string, Place[]>): Finding[] {
  const others = (places.get(located.value) ?? []).filter((place) => !isSelf(place, context.path, located.range));
  if (others.length === 0) return [];
  const where = others.slice(0, 3).map((place) => describePlace(place, context.path)).join(', ');
  const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
  return [{ code, message: `The ${what} '${located.value}' is also used by ${where}${more}`, range: located.range, data: { others: others.map((place) => place.path) } }];
}

function isSelf(place: Place, path: string, range: Range): boolean {
  return place.path === path && place.range.start.line === range.start.line && place.range.start.character === range.start.character;
}

function describePlace(place: Place, path: string): string {
  const line = place.range.start.line + 1;
  return place.path === path ? `another rule in this file (line ${line})` : `${place.path}:${line}`;
}
