import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import type { dniSessions } from '../../db/schema';
import { upsertSessions } from './repository';

type SessionRow = typeof dniSessions.$inferInsert;

const FLUSH_DELAY_MS = 10;
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
    this.flushing = this.flushing.then(async () => {
      try {
        await upsertSessions(this.db, rows);
      } catch (error) {
        this.log?.error({ err: error, sessions: rows.length }, 'DNI session write failed; retrying');
        for (const row of rows) if (!this.pending.has(row.id)) this.pending.set(row.id, row);
        this.timer ??= setTimeout(() => void this.flush(), RETRY_DELAY_MS);
      }
    });
    return this.flushing;
  }
}
