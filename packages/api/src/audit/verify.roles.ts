import type { Role } from '../auth/jwt';

/** Who may check a chain: auditors and supervisors (admins hold every role). */
export const CHAIN_VERIFIERS: readonly Role[] = ['auditor', 'supervisor'];
