import type { FieldDoc, LogsourceSpec, ProductSpec, Taxonomy } from './model';
import { isRecord } from '../common/is-record';

/**
 * Reads a workspace taxonomy file (YAML or JSON, already parsed), documented in docs/taxonomy.md:
 * `{replace?, products?: [{name, fields}], logsources?: [{product?, category?, service?, fields, enriched?, open?, description?}], fieldInfo?}`.
 * A field may be a name or `{name, description?, examples?}`. Never throws: what cannot be read becomes a problem.
 */
export function fromWorkspaceTaxonomy(value: unknown, source: string): { taxonomy: Taxonomy; problems: string[] } {
  const problems: string[] = [];
  const root = isRecord(value) ? value : {};
  if (!isRecord(value)) problems.push(`${source}: expected a map with logsources, products or fieldInfo`);
  const fieldInfo: Record<string, FieldDoc> = readFieldInfo(root.fieldInfo, `${source}: fieldInfo`, problems);
  const products = list(root.products, `${source}: products`, problems).flatMap((item, i) => readProduct(item, `${source}: products[${i}]`, problems, fieldInfo));
  const logsources = list(root.logsources, `${source}: logsources`, problems).flatMap((item, i) => readLogsource(item, `${source}: logsources[${i}]`, problems));
  return { taxonomy: { source, replace: root.replace === true, products, logsources, fieldInfo }, problems };
}

function readProduct(item: unknown, where: string, problems: string[], fieldInfo: Record<string, FieldDoc>): ProductSpec[] {
  if (!isRecord(item) || typeof item.name !== 'string') {
    problems.push(`${where}: expected {name, fields}`);
    return [];
  }
  const fields = readFields(item.fields, `${where}.fields`, problems, fieldInfo);
  return [{ name: item.name, description: optionalString(item.description), fields }];
}

function readLogsource(item: unknown, where: string, problems: string[]): LogsourceSpec[] {
  if (!isRecord(item) || !['product', 'category', 'service'].some((key) => typeof item[key] === 'string')) {
    problems.push(`${where}: expected a product, category or service`);
    return [];
  }
  const fieldInfo: Record<string, FieldDoc> = readFieldInfo(item.fieldInfo, `${where}.fieldInfo`, problems);
  const spec: LogsourceSpec = {
    product: optionalString(item.product),
    category: optionalString(item.category),
    service: optionalString(item.service),
    description: optionalString(item.description),
    fields: readFields(item.fields, `${where}.fields`, problems, fieldInfo),
    enriched: readFields(item.enriched, `${where}.enriched`, problems, fieldInfo),
    fieldInfo,
  };
  if (typeof item.open === 'boolean') spec.open = item.open;
  return [spec];
}

function readFields(value: unknown, where: string, problems: string[], fieldInfo: Record<string, FieldDoc>): string[] {
  const names: string[] = [];
  for (const item of list(value, where, problems)) {
    if (typeof item === 'string') names.push(item);
    else if (isRecord(item) && typeof item.name === 'string') {
      names.push(item.name);
      if (typeof item.description === 'string') fieldInfo[item.name] = { description: item.description, examples: stringList(item.examples) };
    } else problems.push(`${where}: a field is a name or {name, description, examples}`);
  }
  return names;
}

function readFieldInfo(value: unknown, where: string, problems: string[]): Record<string, FieldDoc> {
  const info: Record<string, FieldDoc> = {};
  if (value === undefined) return info;
  if (!isRecord(value)) {
    problems.push(`${where}: expected a map of field name to description`);
    return info;
  }
  for (const [name, doc] of Object.entries(value)) {
    if (typeof doc === 'string') info[name] = { description: doc };
    else if (isRecord(doc) && typeof doc.description === 'string') info[name] = { description: doc.description, examples: stringList(doc.examples) };
    else problems.push(`${where}.${name}: expected a description or {description, examples}`);
  }
  return info;
}

function list(value: unknown, where: string, problems: string[]): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problems.push(`${where}: expected a list`);
  return [];
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
