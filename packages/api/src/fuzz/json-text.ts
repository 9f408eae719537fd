/**
 * JSON as a hostile client may write it, which `JSON.stringify` cannot: number tokens it would
 * rewrite (`-0`, `1e400`, `9007199254740993`) and objects with a key given twice.
 */
export class RawToken {
  constructor(readonly text: string) {}
}

/** An object written as its entries, in order, duplicates kept. */
export class Entries {
  constructor(readonly entries: ReadonlyArray<readonly [string, Wire]>) {}
}

export type Wire =
  null | boolean | number | string | RawToken | Entries | readonly Wire[] | { readonly [key: string]: Wire };

class Lit {
  constructor(readonly text: string) {}
}

/** Writes `value` as JSON text; iterative, so a nesting thousands deep does not overflow here. */
export function jsonText(value: Wire): string {
  const out: string[] = [];
  const stack: Array<Wire | Lit> = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v instanceof Lit || v instanceof RawToken) {
      out.push(v.text);
      continue;
    }
    if (v === null || typeof v !== 'object') {
      out.push(JSON.stringify(v));
      continue;
    }
    const isArray = Array.isArray(v);
    const entries: ReadonlyArray<readonly [string | undefined, Wire]> =
      v instanceof Entries
        ? v.entries
        : isArray
          ? (v as readonly Wire[]).map((x) => [undefined, x] as const)
          : Object.entries(v as Record<string, Wire>);
    const parts: Array<Wire | Lit> = [new Lit(isArray ? '[' : '{')];
    entries.forEach(([k, x], i) => {
      if (i > 0) parts.push(new Lit(','));
      if (k !== undefined) parts.push(new Lit(`${JSON.stringify(k)}:`));
      parts.push(x);
    });
    parts.push(new Lit(isArray ? ']' : '}'));
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
  }
  return out.join('');
}
