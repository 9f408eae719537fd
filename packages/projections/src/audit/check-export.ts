import { createHash, type KeyObject } from 'node:crypto';
import {
  type ExportLine,
  type ExportManifest,
  GENESIS_HEX,
  type StreamSpan,
  lineLinks,
  manifestSigned,
  spansOf,
} from './export-format';

export type ExportProblemKind =
  'manifest' | 'signature' | 'digest' | 'format' | 'count' | 'chain' | 'streams';

export interface ExportProblem {
  readonly kind: ExportProblemKind;
  readonly detail: string;
}

export interface ExportCheck {
  readonly ok: boolean;
  readonly events: number;
  readonly problems: readonly ExportProblem[];
}

function parseLines(bytes: Buffer, problems: ExportProblem[]): ExportLine[] {
  const lines: ExportLine[] = [];
  const text = bytes.toString('utf8');
  const rows = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  rows.forEach((row, i) => {
    try {
      lines.push(JSON.parse(row) as ExportLine);
    } catch {
      problems.push({ kind: 'format', detail: `line ${i + 1} is not JSON` });
    }
  });
  return lines;
}

/** The first break of one stream's chain within the file, or undefined when every link holds. */
function chainBreak(lines: readonly ExportLine[], fromGenesis: boolean): string | undefined {
  const first = lines[0]!;
  if (fromGenesis && (first.streamPosition !== '0' || first.prevHash !== GENESIS_HEX)) {
    return `${first.streamId}: starts at position ${first.streamPosition}, a complaint export holds every stream from 0`;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const before = lines[i - 1];
    if (before && BigInt(l.streamPosition) !== BigInt(before.streamPosition) + 1n) {
      return `${l.streamId}: position ${BigInt(before.streamPosition) + 1n} is missing (next in the file: ${l.streamPosition})`;
    }
    if (before && l.prevHash !== before.hash) {
      return `${l.streamId}: position ${l.streamPosition} does not link to the line before it`;
    }
    if (!lineLinks(l)) {
      return `${l.streamId}: position ${l.streamPosition}: the hash is not that of the event's content chained to prevHash`;
    }
  }
  return undefined;
}

function chainProblems(lines: readonly ExportLine[], m: ExportManifest): ExportProblem[] {
  const byStream = new Map<string, ExportLine[]>();
  for (const l of lines) byStream.set(l.streamId, [...(byStream.get(l.streamId) ?? []), l]);
  const problems: ExportProblem[] = [];
  for (const stream of byStream.values()) {
    stream.sort((a, b) => (BigInt(a.streamPosition) < BigInt(b.streamPosition) ? -1 : 1));
    const broken = chainBreak(stream, m.range.kind === 'complaint');
    if (broken) problems.push({ kind: 'chain', detail: broken });
  }
  const spanText = (s: StreamSpan) =>
    `${s.streamId} ${s.firstPosition}..${s.lastPosition} (${s.events}) ${s.firstPrevHash.slice(0, 12)}..${s.lastHash.slice(0, 12)}`;
  const found = spansOf(lines).map(spanText);
  const signed = m.streams.map(spanText);
  const differ = [...signed.filter((s) => !found.includes(s)), ...found.filter((s) => !signed.includes(s))];
  if (differ.length > 0) {
    problems.push({
      kind: 'streams',
      detail: `stream spans differ from the manifest's: ${differ.join('; ')}`,
    });
  }
  return problems;
}

/**
 * Checks an export offline: the manifest's signature with the key the checker trusts, the file's
 * SHA-256, the event count, each stream's chain within the file and its span against the
 * manifest. Every problem is reported, so a flipped byte says both "digest" and where the chain breaks.
 */
export function checkExport(file: Buffer, manifestText: string, publicKey: KeyObject): ExportCheck {
  let m: ExportManifest;
  try {
    m = JSON.parse(manifestText) as ExportManifest;
  } catch {
    return { ok: false, events: 0, problems: [{ kind: 'manifest', detail: 'the manifest is not JSON' }] };
  }
  const problems: ExportProblem[] = [];
  if (!manifestSigned(m, publicKey)) {
    problems.push({
      kind: 'signature',
      detail: 'the manifest is not signed by this public key (or was changed after signing)',
    });
  }
  const digest = createHash('sha256').update(file).digest('hex');
  if (digest !== m.sha256) {
    problems.push({
      kind: 'digest',
      detail: `the file's SHA-256 is ${digest}, the manifest says ${m.sha256}`,
    });
  }
  const lines = parseLines(file, problems);
  if (lines.length !== m.eventCount) {
    problems.push({
      kind: 'count',
      detail: `the file holds ${lines.length} events, the manifest says ${m.eventCount}`,
    });
  }
  problems.push(...chainProblems(lines, m));
  return { ok: problems.length === 0, events: lines.length, problems };
}
