import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  Json,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  ReadStreamResult,
  StoredEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../port';
import type { KeyState, Keyring } from './keyring';
import { isSealed, open, seal, subjectKey, type SealedValue, type SubjectKey } from './seal';

/** Which fields of which events are personal, whose they are, and what a reader sees once erased. */
export interface PersonalDataPolicy {
  /** Per event type, the top-level fields of its data that hold personal data. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** The data subject an event's data names (e.g. its `customerId`), if it names one. */
  subjectOf(data: Json): string | undefined;
  /** What replaces a field whose subject's key was destroyed. */
  readonly erased: Json;
}

type Data = Readonly<Record<string, Json>>;

/** What opening needs of a stored event (an export line has it too, positions as text). */
export type SealedEvent = Pick<StoredEvent, 'eventId' | 'streamId' | 'type' | 'data'> & {
  readonly streamPosition: bigint | string;
};

const asRecord = (data: Json): Data | undefined =>
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Data) : undefined;

/**
 * The event store with personal data sealed (docs/audit.md, "Erasure"): on append, each personal
 * field is encrypted with its subject's key before the inner store sees it, so the stored row,
 * its hash, backups and exports hold only ciphertext; on every read it is opened again, or shown
 * as erased once the key is destroyed. Everything else passes through untouched. The chain and
 * anchors are checked on `inner` (`storedForm`), the bytes the hashes cover.
 */
export class PersonalDataStore implements EventStore {
  constructor(
    readonly inner: EventStore,
    readonly keyring: Keyring,
    private readonly policy: PersonalDataPolicy,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    if (!events.some((e) => this.hasPersonalFields(e)))
      return this.inner.appendToStream(streamId, events, options);
    const [sealed] = await this.sealAll([{ streamId, events }]);
    return this.inner.appendToStream(streamId, sealed!.events, options);
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<readonly AppendResult[]> {
    // Most commands write nothing personal: those pass through as they are, with no copy.
    const personal = appends.some((a) => a.events.some((e) => this.hasPersonalFields(e)));
    return this.inner.appendToStreams(personal ? await this.sealAll(appends) : appends);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<ReadStreamResult> {
    const r = await this.inner.readStream(streamId, options);
    return this.mayBeSealed(r.events) ? { ...r, events: await this.reveal(r.events) } : r;
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllResult> {
    const r = await this.inner.readAll(options);
    return this.mayBeSealed(r.events) ? { ...r, events: await this.reveal(r.events) } : r;
  }

  /** The inner subscription's events, each opened as it is pulled. */
  subscribeToAll(options?: SubscribeOptions): Subscription {
    const inner = this.inner.subscribeToAll(options);
    const reveal = async (e: StoredEvent) => (this.mayBeSealed([e]) ? (await this.reveal([e]))[0]! : e);
    async function* events(): AsyncGenerator<StoredEvent> {
      for await (const e of inner) yield await reveal(e);
    }
    const iterator = events();
    return {
      [Symbol.asyncIterator]: () => iterator,
      unsubscribe: () => inner.unsubscribe(),
    };
  }

  headPosition(): Promise<bigint> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** `events` as a reader sees them: each sealed field opened, or erased (see `openedFields`). */
  async reveal(events: readonly StoredEvent[]): Promise<StoredEvent[]> {
    const opened = await this.openedFields(events);
    return events.map((e, i) => {
      const fields = opened[i];
      return fields === undefined ? e : { ...e, data: { ...asRecord(e.data), ...fields } };
    });
  }

  /**
   * Per event, its sealed fields opened with their subject's key, or the policy's erased value
   * once that key is gone; undefined for an event with none. One key lookup for the whole batch.
   */
  async openedFields(events: readonly SealedEvent[]): Promise<(Record<string, Json> | undefined)[]> {
    const subjects = new Set<string>();
    for (const e of events) this.sealedFields(e, (_f, v) => subjects.add(v.$pii.s));
    if (subjects.size === 0) return events.map(() => undefined);
    const keys = await this.keyring.keysOf([...subjects]);
    const opened = new Map<string, SubjectKey | 'destroyed'>();
    const keyOf = (s: string): SubjectKey | 'destroyed' => {
      let k = opened.get(s);
      if (k === undefined) {
        const state: KeyState = keys.get(s) ?? 'destroyed';
        k = state === 'destroyed' ? state : subjectKey(state);
        opened.set(s, k);
      }
      return k;
    };
    return events.map((e) => {
      let fields: Record<string, Json> | undefined;
      this.sealedFields(e, (field, value) => {
        const k = keyOf(value.$pii.s);
        fields = {
          ...fields,
          [field]: k === 'destroyed' ? this.policy.erased : openField(k, value, e, field),
        };
      });
      return fields;
    });
  }

  private sealedFields(e: SealedEvent, visit: (field: string, value: SealedValue) => void) {
    const fields = this.policy.fields[e.type];
    const data = fields && asRecord(e.data);
    if (!data) return;
    for (const f of fields) {
      const v = data[f];
      if (isSealed(v)) visit(f, v);
    }
  }

  private async sealAll(appends: readonly StreamAppend[]): Promise<StreamAppend[]> {
    const subjects = await Promise.all(appends.map((a) => this.subjectsOf(a)));
    const needed = new Set(subjects.flat().filter((s): s is string => s !== undefined));
    const keys = new Map<string, SubjectKey>();
    for (const s of needed) keys.set(s, subjectKey(await this.keyring.keyFor(s)));
    return appends.map((a, i) => ({
      ...a,
      events: a.events.map((e, j) => {
        const subject = subjects[i]![j];
        return subject === undefined ? e : this.sealEvent(e, subject, keys.get(subject)!);
      }),
    }));
  }

  private sealEvent(e: EventToAppend, subject: string, key: SubjectKey): EventToAppend {
    const data = asRecord(e.data)!;
    const sealed: Record<string, Json> = {};
    for (const f of this.policy.fields[e.type]!) {
      const v = data[f];
      if (v !== undefined) sealed[f] = seal(key, subject, e.eventId, f, v);
    }
    return { ...e, data: { ...data, ...sealed } };
  }

  /**
   * The subject of each event that has personal fields: named in its data, else by an earlier
   * event of the same append, else by the stream's first stored event (an interaction's end
   * names no customer; its start does).
   */
  private async subjectsOf(a: StreamAppend): Promise<(string | undefined)[]> {
    let known: string | undefined;
    let looked = false;
    const out: (string | undefined)[] = [];
    for (const e of a.events) {
      const own = this.policy.subjectOf(e.data);
      if (own !== undefined) known ??= own;
      if (!this.hasPersonalFields(e)) {
        out.push(undefined);
        continue;
      }
      if (own === undefined && known === undefined && !looked) {
        looked = true;
        const first = await this.inner.readStream(a.streamId, { maxCount: 1 });
        known = first.events[0] && this.policy.subjectOf(first.events[0].data);
      }
      const subject = own ?? known;
      if (subject === undefined)
        throw new Error(`${e.type} in ${a.streamId} has personal data but names no data subject`);
      out.push(subject);
    }
    return out;
  }

  private hasPersonalFields(e: EventToAppend): boolean {
    const fields = this.policy.fields[e.type];
    if (fields === undefined) return false;
    const data = asRecord(e.data);
    return fields.some((f) => data?.[f] !== undefined);
  }

  /** Whether any of `events` is of a type the policy seals: the others are read as stored. */
  private mayBeSealed(events: readonly StoredEvent[]): boolean {
    return events.some((e) => this.policy.fields[e.type] !== undefined);
  }
}

function openField(key: SubjectKey, value: SealedValue, e: SealedEvent, field: string): Json {
  try {
    return open(key, value, e.eventId, field);
  } catch {
    throw new Error(
      `${e.streamId}@${e.streamPosition}: the sealed ${field} does not open with its subject's key (altered, or moved from another event); run casebook audit verify`,
    );
  }
}

/** The store whose bytes the hash chain covers: the inner store under personal-data sealing. */
export const storedForm = (store: EventStore): EventStore =>
  store instanceof PersonalDataStore ? storedForm(store.inner) : store;
