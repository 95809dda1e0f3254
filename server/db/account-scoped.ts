import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgTableWithColumns, TableConfig } from 'drizzle-orm/pg-core';
import { invalidFields } from '../lib/app-error';
import type { Database } from './client';

type ScopedColumns = { id: PgColumn; accountId: PgColumn; createdAt: PgColumn };
type ScopedTable = PgTableWithColumns<TableConfig> & ScopedColumns;

/**
 * Data access for a tenant-owned table where every function takes the account first, so an
 * unscoped query cannot be written by accident through it.
 */
export function accountScoped<T extends PgTable & ScopedColumns>(scopedTable: T) {
  type Row = T['$inferSelect'];
  type Insert = T['$inferInsert'];
  const table = scopedTable as unknown as ScopedTable;
  const inAccount = (accountId: string, id: string) => and(eq(table.accountId, accountId), eq(table.id, id));
  return {
    async list(db: Database, accountId: string, where?: SQL): Promise<Row[]> {
      return (await db
        .select()
        .from(table)
        .where(and(eq(table.accountId, accountId), where))
        .orderBy(asc(table.createdAt), asc(table.id))) as Row[];
    },
    async find(db: Database, accountId: string, id: string): Promise<Row | undefined> {
      const [row] = await db.select().from(table).where(inAccount(accountId, id)).limit(1);
      return row as Row | undefined;
    },
    async insert(db: Database, accountId: string, values: Omit<Insert, 'accountId'>): Promise<Row> {
      const [row] = await db
        .insert(table)
        .values({ ...values, accountId } as never)
        .returning();
      return row as Row;
    },
    async update(
      db: Database,
      accountId: string,
      id: string,
      values: Partial<Insert>,
    ): Promise<Row | undefined> {
      // A PATCH that changes nothing still answers with the object (or 404), never an empty UPDATE.
      if (!Object.keys(values).length) return this.find(db, accountId, id);
      const [row] = await db
        .update(table)
        .set(values as never)
        .where(inAccount(accountId, id))
        .returning();
      return row as Row | undefined;
    },
    /** For a field that points at this table: a 400 naming the field unless the id is the account's. */
    async assertReference(
      db: Database,
      accountId: string,
      id: string | null | undefined,
      field: string,
      noun: string,
    ) {
      if (id && !(await this.find(db, accountId, id))) {
        throw invalidFields([{ field, message: `No such ${noun} in this account` }]);
      }
    },
    async remove(db: Database, accountId: string, id: string): Promise<boolean> {
      const rows = await db.delete(table).where(inAccount(accountId, id)).returning({ id: table.id });
      return rows.length > 0;
    },
  };
}
