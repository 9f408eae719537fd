import type { Role } from './jwt';

/** Who works cases: agents file and handle them; supervisors may do all an agent may. */
export const CASE_WORKERS: readonly Role[] = ['agent', 'supervisor'];

/** Who decides what needs a supervisor: approving refunds, handling escalations. */
export const SUPERVISORS: readonly Role[] = ['supervisor'];

/** Who handles returned items: receiving, inspecting and disposing of them. */
export const WAREHOUSE: readonly Role[] = ['warehouse'];

/** Customers hold personal data: analysts work from read models, not from this. */
export const CUSTOMER_READERS: readonly Role[] = ['agent', 'supervisor', 'auditor', 'service'];

/** Who reads the audit trail (histories, chain verification): auditors and supervisors, not casework. */
export const AUDITORS: readonly Role[] = ['auditor', 'supervisor'];

/** Who reads a complaint's regulatory clocks: those who work it, and its auditors. */
export const CLOCK_READERS: readonly Role[] = [...CASE_WORKERS, 'auditor'];

/** Who reads the read models (admins may do everything): the people who report, audit and supervise. */
export const REPORT_READERS: readonly Role[] = ['analyst', 'auditor', 'supervisor'];

/** Who may erase a customer's personal data or hold it for litigation: administrators only. */
export const ADMINS: readonly Role[] = ['admin'];
