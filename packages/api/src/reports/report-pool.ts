import type { Pool } from 'pg';
import type { CasebookConfig } from '../config';
import { ProblemError, problem } from '../http/problem';

/** The read models' PostgreSQL, or a 503: the in-memory store has no read models to report on. */
export function reportPool(config: Pick<CasebookConfig, 'pool'>): Pool {
  if (config.pool) return config.pool;
  throw new ProblemError(
    problem(503, 'ReportsUnavailable', 'reports need PostgreSQL: this API runs on an in-memory store'),
  );
}
