/**
 * The compact ATT&CK index: what hovers, completion and tag checks need from a 30 MB STIX bundle,
 * as plain JSON-serialisable data so an adapter can cache it on disk.
 */
export interface AttackIndex {
  /** Bump when the shape changes, so cached indexes from older builds are rebuilt. */
  format: number;
  /** The ATT&CK release (`18.1`), or `unknown` when neither the bundle nor the caller says. */
  version: string;
  domain: string;
  /** Keyed by upper-case id: `T1059`, `T1059.001`. */
  techniques: Record<string, TechniqueInfo>;
  /** Keyed by shortname: `execution`, `defense-evasion`. */
  tactics: Record<string, TacticInfo>;
  /** Keyed by upper-case id: `G0016`. */
  groups: Record<string, NamedInfo>;
  /** Keyed by upper-case id: `S0002`. */
  software: Record<string, NamedInfo>;
  /** What could not be read from the bundle (objects without ids, unexpected shapes). */
  problems: string[];
}

export const ATTACK_INDEX_FORMAT = 1;

export interface TechniqueInfo {
  id: string;
  name: string;
  /** Tactic shortnames (kill chain phases). */
  tactics: string[];
  platforms: string[];
  /** The first sentence or so of the description, without citations. */
  summary: string;
  /** Data components or data sources that detect it (from the bundle's detection strategies or `x_mitre_data_sources`). */
  dataSources: string[];
  subtechnique: boolean;
  revoked: boolean;
  deprecated: boolean;
  /** The id that replaced a revoked technique, when the bundle records a `revoked-by` relationship. */
  replacedBy?: string;
  url?: string;
}

export interface TacticInfo {
  id: string;
  shortname: string;
  name: string;
  summary: string;
}

export interface NamedInfo {
  id: string;
  name: string;
  aliases: string[];
  /** `intrusion-set`, `malware` or `tool`. */
  type: string;
  revoked: boolean;
  deprecated: boolean;
}

/** An index with nothing in it, for a bundle that could not be read. */
export function emptyAttackIndex(version = 'unknown', problems: string[] = []): AttackIndex {
  return { format: ATTACK_INDEX_FORMAT, version, domain: 'enterprise-attack', techniques: {}, tactics: {}, groups: {}, software: {}, problems };
}
