import { openTestDatabase, type TestDatabase } from '@casebook/event-store/testing';
import type { DataSource } from 'typeorm';
import { projections } from '../index';
import { ComplaintEntity, complaintsTable } from '../complaints/complaint.entity';
import { complaintsProjection } from '../complaints/complaints.projection';
import { foldAll } from '../runner/apply-page';
import type { ColumnSpec } from '../runner/projection';
import { decodeRow, selectRows, upsertRows } from '../runner/sql';
import { projectionEntities } from '../schema/entities';
import { migrateProjections, projectionDataSource } from '../schema/migrations';
import { asStored, complaintFiled } from '../testing';
import { tableSpecOf } from './table-spec';

/**
 * The entities are the one declaration of the read models; the migrations are history. This is
 * where the two must agree: TypeORM's schema builder, asked what `synchronize` would do to the
 * migrated database, must find nothing to do (no column, type, nullability or index apart).
 */
let db: TestDatabase;
let source: DataSource;
beforeAll(async () => {
  db = await openTestDatabase({ poolSize: 2 });
  await migrateProjections(db.connectionString);
  source = await projectionDataSource(db.connectionString).initialize();
});
afterAll(async () => {
  await source.destroy();
  await db.close();
});

const pendingChanges = async (): Promise<string[]> =>
  (await source.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);

describe('read-model entities and migrations', () => {
  it('the migrated tables are exactly what the entities declare', async () => {
    expect(await pendingChanges()).toEqual([]);
  });

  it('notices a table that drifts from its entity', async () => {
    await db.pool.query('ALTER TABLE interactions ADD COLUMN planted text');
    await db.pool.query('DROP INDEX interactions_customer');
    try {
      const changes = await pendingChanges();
      expect(changes).toContainEqual(expect.stringMatching(/DROP COLUMN "planted"/));
      expect(changes).toContainEqual(expect.stringMatching(/CREATE INDEX "interactions_customer"/));
    } finally {
      await db.pool.query('ALTER TABLE interactions DROP COLUMN planted');
      await db.pool.query('CREATE INDEX interactions_customer ON interactions (customer_id)');
    }
  });

  it('every projection writes the table of an entity, with the columns TypeORM maps', () => {
    const entityTables = projectionEntities.map((e) => source.getMetadata(e).tableName);
    expect(projections.map((p) => p.table.name).sort()).toEqual([...entityTables].sort());
    const entities: ReadonlyArray<new () => object> = projectionEntities;
    for (const entity of entities) {
      const metadata = source.getMetadata(entity);
      const derived = tableSpecOf(entity);
      expect(derived.key).toBe(metadata.primaryColumns.map((c) => c.propertyName).join());
      expect(Object.entries<ColumnSpec>(derived.columns).map(([field, c]) => [field, c.column])).toEqual(
        metadata.columns.map((c) => [c.propertyName, c.databaseName]),
      );
    }
  });

  it('reads a row through TypeORM as the runner reads it: the entity is the row type', async () => {
    const filed = complaintFiled('c-1', 'cust-1', { regime: 'FCA_DISP' });
    const folded = foldAll(complaintsProjection, asStored([filed])).get('c-1')!;
    await db.pool.query(upsertRows(complaintsTable, [folded]));
    const { rows } = await db.pool.query<Record<string, unknown>>(selectRows(complaintsTable, ['c-1']));
    const viaRunner = decodeRow(complaintsTable, rows[0]!);
    const viaTypeOrm = await source.getRepository(ComplaintEntity).findOneByOrFail({ complaintId: 'c-1' });
    expect({ ...viaTypeOrm }).toEqual(viaRunner);
    expect(viaRunner).toMatchObject({ regime: 'FCA_DISP', refundTotalMinor: 0n, acknowledgedAt: null });
  });
});
