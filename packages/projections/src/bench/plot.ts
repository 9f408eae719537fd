import type { DomainEventType } from '@casebook/domain';
import type { Json, StreamAppend } from '@casebook/event-store';
import { toAppend } from '../testing';

/** What the log gets at one moment: appends to one or more streams (a refund and its link). */
export type Step = readonly StreamAppend[];

/** mulberry32: a seeded generator, so every run appends the same mix. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const CHANNELS = ['phone', 'email', 'chat', 'web', 'sms'] as const;
export const TEAMS = ['billing', 'delivery', 'retention', 'complaints'] as const;
export const CATEGORIES = ['delivery', 'billing', 'product', 'service'] as const;
export const PRIORITIES = ['low', 'medium', 'medium', 'high', 'urgent'] as const;
export const REGIMES = ['FCA_DISP', 'FCA_DISP', 'CFPB', 'NONE'] as const;
const MINUTE = 60_000;

/** A story's random choices and clock: each step happens some minutes after the last. */
export class Plot {
  private t: number;
  constructor(
    readonly rand: () => number,
    start: number,
  ) {
    this.t = start;
  }
  chance = (p: number): boolean => this.rand() < p;
  pick = <T>(xs: readonly T[]): T => xs[Math.floor(this.rand() * xs.length)]!;
  int = (lo: number, hi: number): number => lo + Math.floor(this.rand() * (hi - lo + 1));
  /** The instant of the next step, 1 to 600 minutes later. */
  later = (): string => {
    this.t += this.int(1, 600) * MINUTE;
    return new Date(this.t).toISOString();
  };
}

export const one = (streamId: string, type: DomainEventType, data: { readonly [k: string]: Json }): Step => [
  { streamId, events: [toAppend(type, data)] },
];
