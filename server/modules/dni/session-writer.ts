import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { isDataError } from '../../db/errors';
import type { dniSessions } from '../../db/schema';
import { upsertSessions } from './repository';

type SessionRow = typeof dniSessions.$inferInsert;

// Long enough to batch a busy moment into one statement, short enough that a crash loses little.
const FLUSH_DELAY_MS = 100;
const RETRY_DELAY_MS = 1_000;

/**
 * Write-behind for DNI sessions: the visitor's answer never waits for the database. Writes for
 * the same session coalesce; a flush runs a few milliseconds later in one statement, and on close.
 */
export class SessionWriter {
  private pending = new Map<string, SessionRow>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly log?: FastifyBaseLogger,
  ) {}

  /** One statement for the batch; if it fails, row by row, so one bad row cannot hold the rest back. */
  private async write(rows: SessionRow[]) {
    try {
      await upsertSessions(this.db, rows);
      return;
    } catch (error) {
      if (rows.length === 1) return this.retryLater(rows, error);
    }
    for (const row of rows) {
      try {
        await upsertSessions(this.db, [row]);
      } catch (error) {
        this.retryLater([row], error);
      }
    }
  }

  /** A row the database refuses (bad data, a deleted number) is dropped; anything else is retried. */
  private retryLater(rows: SessionRow[], error: unknown) {
    if (isDataError(error)) {
      this.log?.warn({ err: error, sessionId: rows[0]?.id }, 'DNI session dropped: the database refused it');
      return;
    }
    this.log?.error({ err: error, sessions: rows.length }, 'DNI session write failed; retrying');
    for (const row of rows) if (!this.pending.has(row.id)) this.pending.set(row.id, row);
    this.timer ??= setTimeout(() => void this.flush(), RETRY_DELAY_MS);
  }

  enqueue(row: SessionRow): void {
    this.pending.set(row.id, row);
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Writes everything queued so far; resolves once it is in the database. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.flushing.then(() => this.write(rows));
    return this.flushing;
  }
}
