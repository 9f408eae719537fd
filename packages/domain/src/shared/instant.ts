import * as t from 'io-ts';

export interface InstantBrand {
  readonly Instant: unique symbol;
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 to a civil (proleptic Gregorian) date; Howard Hinnant's algorithm. */
export const civilFromDays = (days: number): { year: number; month: number; day: number } => {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Epoch milliseconds to `YYYY-MM-DDTHH:mm:ss.sssZ`. Written out by hand so the domain never
 * constructs a `Date` (the rule is easier to check when there are none at all).
 */
export const formatInstant = (ms: number): Instant => {
  const days = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  const rest = ms - days * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(m)}:${pad(s)}.${pad(rest % 1000, 3)}Z` as Instant;
};

/** Epoch milliseconds of a valid ISO-8601 UTC string, or NaN. Rejects impossible dates like Feb 30. */
export const parseInstant = (s: string): number => {
  const m = ISO_UTC.exec(s);
  if (m === null) return NaN;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, se) + Math.round(Number(m[7] ?? 0) * 1000);
  const back = civilFromDays(Math.floor(ms / MS_PER_DAY));
  const valid = back.year === y && back.month === mo && back.day === d && h < 24 && mi < 60 && se < 60;
  return valid ? ms : NaN;
};

/** An instant as an ISO-8601 UTC string (`2024-03-01T09:30:00Z`, optional milliseconds). */
export const Instant = new t.Type<t.Branded<string, InstantBrand>, string, unknown>(
  'Instant',
  (u): u is t.Branded<string, InstantBrand> => typeof u === 'string' && !Number.isNaN(parseInstant(u)),
  (u, c) =>
    typeof u === 'string' && !Number.isNaN(parseInstant(u))
      ? t.success(u as t.Branded<string, InstantBrand>)
      : t.failure(
          u,
          c,
          u === undefined ? 'is required' : 'expected an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z',
        ),
  (a) => a,
);
export type Instant = t.TypeOf<typeof Instant>;

/** Epoch milliseconds of an already validated instant. */
export const toMillis = (i: Instant): number => parseInstant(i);
