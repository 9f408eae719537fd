import type { Role } from './jwt';

/** Who works cases: agents file and handle them; supervisors may do all an agent may. */
export const CASE_WORKERS: readonly Role[] = ['agent', 'supervisor'];

/** Who decides what needs a supervisor: approving refunds, handling escalations. */
export const SUPERVISORS: readonly Role[] = ['supervisor'];

/** Customers hold personal data: analysts work from read models, not from this. */
export const CUSTOMER_READERS: readonly Role[] = ['agent', 'supervisor', 'auditor', 'service'];

/** Who replays histories (`GET /<resource>/{id}/history`): the audit trail, not casework. */
export const HISTORY_READERS: readonly Role[] = ['auditor', 'supervisor'];
