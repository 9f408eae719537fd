import { SetMetadata } from '@nestjs/common';
import type { Role } from './jwt';

export const PUBLIC_KEY = 'casebook:public';
export const ROLES_KEY = 'casebook:roles';

/** Opts a route out of the global guard: health and the API document only. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles allowed on a route; command routes check theirs per command (see the route tables). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
