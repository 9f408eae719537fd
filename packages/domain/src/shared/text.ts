/**
 * What text the system takes in. Every string a client sends ends up stored (PostgreSQL's jsonb,
 * a read model's text column) and shown (a case worker's screen, a CSV an analyst opens, a log
 * line), so a string must be something both can hold safely:
 * - no NUL (U+0000): PostgreSQL text and jsonb cannot hold it, the store would refuse it later;
 * - no other C0 control (U+0001-U+001F), DEL (U+007F) or C1 control (U+0080-U+009F): they
 *   are not text, and in a terminal or a log they can rewrite what a reader sees. Free text
 *   (descriptions, notes) keeps tab, line feed and CR LF line ends; single-line values do not;
 * - no lone UTF-16 surrogate: it is not a character, has no UTF-8 form and jsonb refuses it;
 * - in values shown to people, no bidirectional embedding, override or isolate (U+202A-U+202E,
 *   U+2066-U+2069): they reorder what is displayed, so `invoice.exe` can be made to look like
 *   something else ("Trojan Source", CVE-2021-42574). Letters of right-to-left scripts are fine:
 *   they need none of these to display correctly.
 */
export interface TextRules {
  /** Free text: tab, line feed and CR LF allowed. */
  readonly multiline: boolean;
}

const name = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const isBidiControl = (cp: number): boolean =>
  (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isControl = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

function allowedControl(s: string, i: number, cp: number, rules: TextRules): boolean {
  if (!rules.multiline) return false;
  return cp === 0x09 || cp === 0x0a || (cp === 0x0d && s.charCodeAt(i + 1) === 0x0a);
}

function faultOf(s: string, i: number, cp: number, rules: TextRules): string | undefined {
  const at = `${name(cp)} at character ${i + 1}`;
  if (cp === 0) return `contains the NUL character (${at}), which cannot be stored`;
  if (isControl(cp) && !allowedControl(s, i, cp, rules)) {
    const allowed = rules.multiline ? ' (tab and line breaks are allowed)' : '';
    return `contains the control character ${at}, which is not text${allowed}`;
  }
  if (isSurrogate(cp)) return `contains a lone UTF-16 surrogate (${at}), which is not a character`;
  if (isBidiControl(cp)) {
    return `contains the bidirectional control ${at}, which can disguise how the text displays`;
  }
  return undefined;
}

/**
 * Why `s` cannot be taken as text under `rules` (naming the first offending character and its
 * position, counted in UTF-16 units as JavaScript and JSON do), or undefined when it can.
 */
export function textFault(s: string, rules: TextRules): string | undefined {
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    // A surrogate pair is one character: step over it whole.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    const fault = faultOf(s, i, unit, rules);
    if (fault !== undefined) return fault;
  }
  return undefined;
}

/** Single-line text: names, labels, references, query-string values. */
export const SINGLE_LINE: TextRules = { multiline: false };
/** Free text: descriptions, notes, summaries. */
export const MULTILINE: TextRules = { multiline: true };
