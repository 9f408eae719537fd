import { notificationsProcess, type ProcessManager } from '@casebook/projections';
import type { CasebookConfig } from '../config';

/** Every process manager this casebook runs, built from its settings. */
export const processManagers = (config: CasebookConfig): ProcessManager[] => {
  void config;
  return [notificationsProcess];
};
