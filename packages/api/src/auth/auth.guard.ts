import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ProblemError, problem } from '../http/problem';
import { CASEBOOK_OPTIONS, type CasebookConfig } from '../config';
import { verifiedToken } from '../limits/caller-key';
import { primaryRole, type Caller } from './caller';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import type { Claims, Role } from './jwt';
import { TokenVerifier } from './token-verifier';

const ON_BEHALF = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

interface Access {
  readonly public: boolean;
  readonly roles: readonly Role[] | undefined;
}

/** Every route needs a valid bearer token unless marked `@Public()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly tokens: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(CASEBOOK_OPTIONS) config: CasebookConfig,
  ) {
    this.tokens = config.verifier;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.accessOf(context.getHandler(), context.getClass());
    if (access.public) return true;
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const claims = await this.authenticate(req);
    req.caller = toCaller(claims, req.headers['x-on-behalf-of']);
    assertRole(req.caller, access.roles);
    return true;
  }

  /**
   * Decorators are fixed once a route exists: read once per handler and controller (a handler
   * may be inherited by several), not on every request.
   */
  private readonly access = new WeakMap<object, WeakMap<object, Access>>();

  private accessOf(handler: object, controller: object): Access {
    let byHandler = this.access.get(controller);
    if (byHandler === undefined) this.access.set(controller, (byHandler = new WeakMap()));
    let access = byHandler.get(handler);
    if (access === undefined) {
      const targets = [handler, controller] as Parameters<Reflector['getAllAndOverride']>[1];
      access = {
        public: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      };
      byHandler.set(handler, access);
    }
    return access;
  }

  /** The bearer token verified once per request: the rate limiter may have asked already. */
  private async authenticate(req: FastifyRequest): Promise<Claims> {
    const claims = await verifiedToken(req, (token) => this.tokens.verify(token));
    if (claims === undefined)
      throw new ProblemError(
        problem(401, 'Unauthenticated', 'an Authorization: Bearer <JWT> header is required'),
      );
    if (typeof claims === 'string') throw new ProblemError(problem(401, 'Unauthenticated', claims));
    return claims;
  }
}

/** 403 unless the caller holds one of `allowed` (admins hold every role). */
export function assertRole(caller: Caller, allowed: readonly Role[] | undefined): void {
  if (allowed === undefined || caller.roles.includes('admin')) return;
  if (caller.roles.some((r) => allowed.includes(r))) return;
  throw new ProblemError(
    problem(403, 'Forbidden', `this needs one of the roles ${allowed.join(', ')}`, { roles: caller.roles }),
  );
}

/**
 * A service acts for a named agent (`X-On-Behalf-Of`): the domain judges the agent, the events
 * record both. A person's token may not name anyone else.
 */
function toCaller(claims: Claims, onBehalfHeader: string | string[] | undefined): Caller {
  const role = primaryRole(claims.roles);
  const onBehalfOf = Array.isArray(onBehalfHeader) ? onBehalfHeader[0] : onBehalfHeader;
  if (onBehalfOf === undefined) {
    const kind = role === 'service' ? 'service' : role;
    return {
      sub: claims.sub,
      roles: claims.roles,
      actor: { kind, id: claims.sub },
      domainActor: { kind, id: claims.sub },
    };
  }
  if (role !== 'service')
    throw new ProblemError(problem(403, 'Forbidden', 'only services may act on behalf of an agent'));
  if (!ON_BEHALF.test(onBehalfOf)) {
    throw new ProblemError(
      problem(400, 'InvalidInput', 'X-On-Behalf-Of must be an agent id', {
        errors: [{ path: 'X-On-Behalf-Of', reason: 'expected an id' }],
      }),
    );
  }
  const agent = { kind: 'agent' as const, id: onBehalfOf };
  // Acting for an agent, a service may do what the agent may do, and no more.
  return {
    sub: claims.sub,
    roles: ['agent'],
    actor: { kind: 'service', id: claims.sub, onBehalfOf: agent },
    domainActor: agent,
  };
}
