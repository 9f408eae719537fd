import { Column, PrimaryColumn, type ColumnOptions, type ValueTransformer } from 'typeorm';
import type { ColumnType } from '../runner/projection';

/**
 * The column decorators of the read-model entities. An entity is the one declaration of its
 * table: the runner's `TableSpec` (`tableSpecOf`) and the reports' fields are derived from its
 * TypeORM metadata, and the entity class is the row type the folds build. So each decorator
 * also checks, at compile time, that the property holds what the column does.
 */

/** The value a row holds for each column type: instants as ISO-8601 UTC strings. */
interface Holds {
  readonly text: string;
  readonly int: number;
  readonly bigint: bigint;
  readonly timestamptz: string;
  readonly boolean: boolean;
}

/** Exactly `V` for a NOT NULL column, exactly `V | null` for a nullable one. */
type Fits<P, V, Nullable extends boolean> = [P] extends [Nullable extends true ? V | null : V]
  ? (null extends P ? true : false) extends Nullable
    ? true
    : false
  : false;

/**
 * A property decorator that compiles only on a property of the column's row type: a
 * `timestamptz` column typed `Date`, or a nullable one typed without `| null`, is an error.
 */
export type ColumnDecorator<V, Nullable extends boolean> = <T extends object, K extends keyof T & string>(
  target: T,
  key: Fits<T[K], V, Nullable> extends true ? K : `${K}: the property's type does not fit its column`,
) => void;

/**
 * pg reads timestamptz as a Date and int8 as a string; the rows hold ISO strings and bigints. The
 * runner decodes its own reads (`runner/sql.ts`); these make TypeORM reads of an entity agree.
 */
const TRANSFORMERS: Partial<Record<ColumnType, ValueTransformer>> = {
  timestamptz: {
    from: (v: Date | null) => (v === null ? null : v.toISOString()),
    to: (v: string | null | undefined) => v,
  },
  bigint: {
    from: (v: string | null) => (v === null ? null : BigInt(v)),
    to: (v: bigint | null | undefined) => (typeof v === 'bigint' ? v.toString() : v),
  },
};

const options = (type: ColumnType, name: string, nullable: boolean): ColumnOptions => ({
  name,
  type,
  nullable,
  ...(TRANSFORMERS[type] ? { transformer: TRANSFORMERS[type] } : {}),
});

/** Pass as the third argument of `ModelColumn` for a column that may be null. */
export const NULLABLE = { nullable: true } as const;

/** A column of a read model: its SQL type and name; NOT NULL unless `NULLABLE` is given. */
export function ModelColumn<C extends ColumnType>(type: C, name: string): ColumnDecorator<Holds[C], false>;
export function ModelColumn<C extends ColumnType>(
  type: C,
  name: string,
  nullable: typeof NULLABLE,
): ColumnDecorator<Holds[C], true>;
export function ModelColumn(type: ColumnType, name: string, nullable?: typeof NULLABLE) {
  const column = Column(options(type, name, nullable !== undefined));
  return (target: object, key: string) => column(target, key);
}

/** The row key: one text column, the primary key (the runner's upsert conflicts on it). */
export function KeyColumn(name: string): ColumnDecorator<string, false> {
  const column = PrimaryColumn({ name, type: 'text' });
  return (target: object, key: string) => column(target, key);
}
