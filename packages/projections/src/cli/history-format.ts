import type { HistoryEntry } from '../audit';
import { table } from './report';

const SUMMARY_WIDTH = 72;
/** Clocks further apart than this show both: the fact was recorded late (or backdated). */
const LATE_MS = 1000;

const actorText = ({ actor }: HistoryEntry): string =>
  `${actor.kind}:${actor.id}${actor.onBehalfOf ? ` for ${actor.onBehalfOf.kind}:${actor.onBehalfOf.id}` : ''}`;

const value = (v: unknown): string => {
  if (typeof v === 'object' && v !== null && 'minor' in v && 'currency' in v)
    return `${String(v.minor)} ${String(v.currency)}`; // money, in minor units as stored
  return typeof v === 'string' ? v : JSON.stringify(v);
};

/**
 * A short account of the payload: its fields as `name=value`, leaving out the ids that the
 * stream column already says, cut to fit a line. The JSON and CSV formats carry the whole payload.
 */
export function summary(e: HistoryEntry): string {
  const data = typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data) ? e.data : {};
  const fields = Object.entries(data)
    .filter(([k, v]) => !(k.endsWith('Id') && typeof v === 'string' && e.streamId.endsWith(v)))
    .map(([k, v]) => `${k}=${value(v)}`);
  const late = Math.abs(Date.parse(e.recordedAt) - Date.parse(e.occurredAt)) > LATE_MS;
  const text = [...(late ? [`(occurred ${e.occurredAt})`] : []), ...fields].join(' ');
  return text.length > SUMMARY_WIDTH ? `${text.slice(0, SUMMARY_WIDTH - 1)}…` : text;
}

/** `casebook audit history`: one line per event, in log order. */
export const historyText = (items: readonly HistoryEntry[]): string =>
  table(
    ['RECORDED', 'STREAM', 'TYPE', 'ACTOR', 'CHANNEL', 'SUMMARY'],
    items.map((e) => [
      e.recordedAt,
      `${e.streamId}@${e.streamPosition}`,
      e.type,
      actorText(e),
      e.channel ?? '-',
      summary(e),
    ]),
  );

const CSV_COLUMNS = [
  'globalPosition',
  'recordedAt',
  'occurredAt',
  'streamId',
  'streamPosition',
  'type',
  'schemaVersion',
  'actorKind',
  'actorId',
  'onBehalfOf',
  'channel',
  'correlationId',
  'causationId',
  'eventId',
  'data',
] as const;

/**
 * RFC 4180 cells; text that a spreadsheet would run as a formula gets a leading `'`, as the API's
 * CSV reports do, since payloads hold customer-supplied text.
 */
const cell = (v: string): string => {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function historyCsv(items: readonly HistoryEntry[]): string {
  const row = (e: HistoryEntry): Record<(typeof CSV_COLUMNS)[number], string> => ({
    ...e,
    globalPosition: String(e.globalPosition),
    streamPosition: String(e.streamPosition),
    schemaVersion: String(e.schemaVersion),
    actorKind: e.actor.kind,
    actorId: e.actor.id,
    onBehalfOf: e.actor.onBehalfOf ? `${e.actor.onBehalfOf.kind}:${e.actor.onBehalfOf.id}` : '',
    channel: e.channel ?? '',
    data: JSON.stringify(e.data),
  });
  const lines = [
    CSV_COLUMNS.join(','),
    ...items.map((e) => CSV_COLUMNS.map((c) => cell(row(e)[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
