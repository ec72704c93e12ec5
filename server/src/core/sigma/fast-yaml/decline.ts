/**
 * The fast parser gives up by throwing this one value; `parseFastYaml` turns it into `undefined`
 * and the caller parses with the `yaml` package instead, which also reports any errors.
 */
export const DECLINED: unique symbol = Symbol('fast-yaml declined');

export function decline(): never {
  throw DECLINED;
}
