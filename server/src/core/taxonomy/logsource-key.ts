/** The three parts of a logsource that select a taxonomy entry; `definition` never does. */
export interface LogsourceParts {
  product?: string;
  category?: string;
  service?: string;
}

/** The map key of a logsource: its lowercased parts joined with `|`, absent parts empty. */
export function logsourceKey(parts: LogsourceParts): string {
  return `${norm(parts.product)}|${norm(parts.category)}|${norm(parts.service)}`;
}

/** How a logsource is shown in messages: `product: windows, category: process_creation`. */
export function formatLogsource(parts: LogsourceParts): string {
  const shown = (['product', 'category', 'service'] as const).filter((name) => parts[name]).map((name) => `${name}: ${parts[name]}`);
  return shown.length > 0 ? shown.join(', ') : 'an empty logsource';
}

function norm(value: string | undefined): string {
  return value ? value.toLowerCase() : '';
}
