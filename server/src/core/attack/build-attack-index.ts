import { emptyAttackIndex, type AttackIndex, type NamedInfo } from './attack-index';

/** The few STIX properties the index reads; everything else in the bundle is ignored. */
interface StixObject {
  type?: string;
  id?: string;
  name?: string;
  description?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  external_references?: { source_name?: string; external_id?: string; url?: string }[];
  kill_chain_phases?: { kill_chain_name?: string; phase_name?: string }[];
  x_mitre_platforms?: string[];
  x_mitre_is_subtechnique?: boolean;
  x_mitre_data_sources?: string[];
  x_mitre_shortname?: string;
  x_mitre_version?: string;
  aliases?: string[];
  x_mitre_aliases?: string[];
  relationship_type?: string;
  source_ref?: string;
  target_ref?: string;
  x_mitre_analytic_refs?: string[];
  x_mitre_log_source_references?: { x_mitre_data_component_ref?: string }[];
}

export interface BuildAttackIndexOptions {
  /** The ATT&CK release when the bundle does not carry it (MITRE's cti bundles do not): the adapter reads it from the file name. */
  version?: string;
}

const SUMMARY_LENGTH = 280;

/**
 * Builds the compact index from a parsed STIX 2.0 or 2.1 bundle (`{type: 'bundle', objects: [...]}`).
 * Never throws: a value that is not a bundle gives an empty index whose `problems` say why.
 */
export function buildAttackIndex(bundle: unknown, options: BuildAttackIndexOptions = {}): AttackIndex {
  const objects = (bundle as { objects?: unknown })?.objects;
  if (!Array.isArray(objects)) return emptyAttackIndex(options.version, ['The ATT&CK file is not a STIX bundle: it has no "objects" list']);
  const stix = objects.filter((item): item is StixObject => typeof item === 'object' && item !== null);
  const index = emptyAttackIndex(versionOf(stix) ?? options.version ?? 'unknown');
  const byStixId = new Map(stix.filter((item) => item.id).map((item) => [item.id!, item]));
  for (const item of stix) addObject(index, item);
  applyRevocations(index, stix, byStixId);
  applyDataComponents(index, stix, byStixId);
  return index;
}

/** ATT&CK's own STIX 2.1 collections carry the release in an `x-mitre-collection` object. */
function versionOf(objects: StixObject[]): string | undefined {
  return objects.find((item) => item.type === 'x-mitre-collection')?.x_mitre_version;
}

function addObject(index: AttackIndex, item: StixObject): void {
  const id = attackId(item);
  if (!id) return;
  if (item.type === 'attack-pattern') addTechnique(index, id, item);
  else if (item.type === 'x-mitre-tactic' && item.x_mitre_shortname) {
    index.tactics[item.x_mitre_shortname] = { id, shortname: item.x_mitre_shortname, name: item.name ?? id, summary: summarize(item.description) };
  } else if (item.type === 'intrusion-set') index.groups[id] = named(id, item, item.aliases);
  else if (item.type === 'malware' || item.type === 'tool') index.software[id] = named(id, item, item.x_mitre_aliases);
}

function addTechnique(index: AttackIndex, id: string, item: StixObject): void {
  const existing = index.techniques[id];
  // A revoked object can share its id with the current one in hand-assembled bundles: the current one wins.
  if (existing && !existing.revoked && item.revoked) return;
  index.techniques[id] = {
    id,
    name: item.name ?? id,
    tactics: (item.kill_chain_phases ?? []).filter((phase) => phase.kill_chain_name === 'mitre-attack' && phase.phase_name).map((phase) => phase.phase_name!),
    platforms: item.x_mitre_platforms ?? [],
    summary: summarize(item.description),
    dataSources: item.x_mitre_data_sources ?? [],
    subtechnique: item.x_mitre_is_subtechnique === true || id.includes('.'),
    revoked: item.revoked === true,
    deprecated: item.x_mitre_deprecated === true,
    url: mitreReference(item)?.url,
  };
}

function named(id: string, item: StixObject, aliases: string[] | undefined): NamedInfo {
  const name = item.name ?? id;
  return { id, name, aliases: (aliases ?? []).filter((alias) => alias !== name), type: item.type ?? '', revoked: item.revoked === true, deprecated: item.x_mitre_deprecated === true };
}

function applyRevocations(index: AttackIndex, objects: StixObject[], byStixId: Map<string, StixObject>): void {
  for (const item of objects) {
    if (item.type !== 'relationship' || item.relationship_type !== 'revoked-by') continue;
    const from = attackId(byStixId.get(item.source_ref ?? ''));
    const to = attackId(byStixId.get(item.target_ref ?? ''));
    const technique = from ? index.techniques[from] : undefined;
    if (technique && to && technique.revoked) technique.replacedBy = to;
  }
}

/** ATT&CK v18 moved detection data from techniques to detection strategies -> analytics -> data components. */
function applyDataComponents(index: AttackIndex, objects: StixObject[], byStixId: Map<string, StixObject>): void {
  for (const item of objects) {
    if (item.type !== 'relationship' || item.relationship_type !== 'detects') continue;
    const technique = index.techniques[attackId(byStixId.get(item.target_ref ?? '')) ?? ''];
    const strategy = byStixId.get(item.source_ref ?? '');
    if (!technique || strategy?.type !== 'x-mitre-detection-strategy') continue;
    const names = new Set(technique.dataSources);
    for (const component of componentsOf(strategy, byStixId)) names.add(component);
    technique.dataSources = [...names].sort();
  }
}

function componentsOf(strategy: StixObject, byStixId: Map<string, StixObject>): string[] {
  const names: string[] = [];
  for (const analyticRef of strategy.x_mitre_analytic_refs ?? []) {
    for (const reference of byStixId.get(analyticRef)?.x_mitre_log_source_references ?? []) {
      const name = byStixId.get(reference.x_mitre_data_component_ref ?? '')?.name;
      if (name) names.push(name);
    }
  }
  return names;
}

function attackId(item: StixObject | undefined): string | undefined {
  return mitreReference(item)?.external_id?.toUpperCase();
}

function mitreReference(item: StixObject | undefined) {
  return item?.external_references?.find((reference) => reference.source_name === 'mitre-attack' && reference.external_id);
}

/** The first sentence or two, with markdown links and citations removed: enough for a hover. */
function summarize(description: string | undefined): string {
  if (!description) return '';
  const plain = description.replace(/\(Citation:[^)]*\)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const sentence = plain.match(/^.{40,}?[.!?](?=\s|$)/)?.[0] ?? plain;
  return sentence.length > SUMMARY_LENGTH ? `${sentence.slice(0, SUMMARY_LENGTH - 1)}…` : sentence;
}
