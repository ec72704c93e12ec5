/**
 * The taxonomy as authored or loaded: products, logsources and the field names each logsource provides.
 * Plain data, so the bundled taxonomy, SigmaHQ's files and a workspace file all become the same shape.
 */
export interface Taxonomy {
  /** Where the data came from, for messages and hovers (`bundled`, a file path). */
  source: string;
  /** When true, every earlier layer is dropped before this one is merged (a workspace file may replace ours). */
  replace?: boolean;
  products: ProductSpec[];
  logsources: LogsourceSpec[];
  /** Descriptions and example values shared by every logsource that has a field of that name. */
  fieldInfo?: Record<string, FieldDoc>;
}

/** Fields every logsource of a product has (the Windows event `System` section, for example). */
export interface ProductSpec {
  name: string;
  description?: string;
  fields: string[];
}

/** One known product/category/service combination. Absent parts are not written in the rule. */
export interface LogsourceSpec {
  product?: string;
  category?: string;
  service?: string;
  description?: string;
  /** Field names the source provides natively. A name ending in `.*` accepts any sub-path (`requestParameters.*`). */
  fields: string[];
  /** Fields that common pipelines add (EDR or SIEM enrichment); accepted, and hovers say so. */
  enriched?: string[];
  /** True when the field list is not exhaustive: unknown names pass and only case-only differences are reported. */
  open?: boolean;
  /** The Windows events behind a generic category, for replay and the specific-versus-generic check. */
  events?: WindowsEventSource[];
  /** Per-logsource descriptions that override the shared `fieldInfo`. */
  fieldInfo?: Record<string, FieldDoc>;
}

/** A Windows channel and the event ids that carry a logsource's events. */
export interface WindowsEventSource {
  /** The logsource `service` of the channel (`sysmon`, `security`, `powershell`). */
  service: string;
  provider: string;
  channel: string;
  eventIds: number[];
  /** True when the event has the same field names as the generic category, so rewriting the logsource is safe. */
  sameFields: boolean;
}

export interface FieldDoc {
  description: string;
  examples?: string[];
}
