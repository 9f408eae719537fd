import { complaintCommandPayloads } from './complaint/commands';
import { customerCommandPayloads } from './customer/commands';
import { escalationCommandPayloads } from './escalation/commands';
import { interactionCommandPayloads } from './interaction/commands';
import { refundCommandPayloads } from './refund/commands';
import { returnCommandPayloads } from './return/commands';
import type { CommandOf } from './shared/messages';

/** Every command payload codec of the domain, keyed by command type: what the HTTP layer decodes. */
export const domainCommandPayloads = {
  ...customerCommandPayloads,
  ...interactionCommandPayloads,
  ...complaintCommandPayloads,
  ...refundCommandPayloads,
  ...returnCommandPayloads,
  ...escalationCommandPayloads,
} as const;

export type DomainCommand = CommandOf<typeof domainCommandPayloads>;
export type DomainCommandType = DomainCommand['type'];
