import {
  notificationsProcess,
  paymentsProcess,
  returnExpiryProcess,
  slaProcess,
  type ProcessManager,
} from '@casebook/projections';
import type { CasebookConfig } from '../config';

/** Every process manager this casebook runs, built from its settings (payments only with a provider). */
export const processManagers = (config: CasebookConfig): ProcessManager[] => {
  const provider = config.processes?.payments?.provider;
  return [
    slaProcess({ settings: config.sla ?? {}, calendar: config.calendar }),
    notificationsProcess,
    returnExpiryProcess,
    ...(provider === undefined ? [] : [paymentsProcess({ provider })]),
  ];
};
