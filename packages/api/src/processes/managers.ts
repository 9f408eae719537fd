import {
  notificationsProcess,
  returnExpiryProcess,
  slaProcess,
  type ProcessManager,
} from '@casebook/projections';
import type { CasebookConfig } from '../config';

/** Every process manager this casebook runs, built from its settings. */
export const processManagers = (config: CasebookConfig): ProcessManager[] => [
  slaProcess({ settings: config.sla ?? {}, calendar: config.calendar }),
  notificationsProcess,
  returnExpiryProcess,
];
