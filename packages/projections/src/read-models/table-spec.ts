import { DefaultNamingStrategy, getMetadataArgsStorage } from 'typeorm';
import type { ColumnSpec, ColumnType, TableSpec } from '../runner/projection';

const COLUMN_TYPES: readonly string[] = [
  'text',
  'int',
  'bigint',
  'timestamptz',
  'boolean',
] satisfies ColumnType[];

const isColumnType = (type: unknown): type is ColumnType =>
  typeof type === 'string' && COLUMN_TYPES.includes(type);

/** The names TypeORM gives where the entity names none, so a derived name is the one it maps. */
const naming = new DefaultNamingStrategy();

/**
 * The runner's table, read from a read-model entity's TypeORM decorators (no connection
 * needed): the table name, each property's column and type, and the one primary key. The
 * entity is the only declaration; a mistake in it is a bug, so this throws when the module loads.
 */
export function tableSpecOf<Row>(entity: new () => Row): TableSpec<Row> {
  const storage = getMetadataArgsStorage();
  const table = storage.filterTables(entity)[0];
  if (!table) throw new Error(`${entity.name} is not a TypeORM entity`);
  const name = naming.tableName(entity.name, table.name);
  const args = storage.filterColumns(entity);
  const keys = args.filter((c) => c.mode === 'regular' && c.options.primary === true);
  const columns: Record<string, ColumnSpec> = {};
  for (const { propertyName, options } of args) {
    if (!isColumnType(options.type)) throw new Error(`${name}.${propertyName}: unsupported column type`);
    columns[propertyName] = {
      column: naming.columnName(propertyName, options.name ?? '', []),
      type: options.type,
    };
  }
  const key = keys[0]?.propertyName;
  if (keys.length !== 1 || key === undefined || columns[key]?.type !== 'text')
    throw new Error(`${name}: a read model needs exactly one text primary key`);
  // Every decorated property is a key of Row, and every key of Row is decorated (the drift test
  // fails otherwise): the one place the metadata's strings become the row's field names.
  return { name, key: key as keyof Row & string, columns: columns as TableSpec<Row>['columns'] };
}
