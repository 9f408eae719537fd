import { Controller, Get, Param, Post, Req, Res, type Type } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assertRole } from '../auth/auth.guard';
import type { Role } from '../auth/jwt';
import { answer } from '../http/reply';
import { QueryGateway } from '../queries/query-gateway';
import type { StateQueryPair } from '../queries/state-query';
import { CommandGateway } from './command-gateway';
import type { CommandRoute } from './command-route';
import { findRoute } from './find-route';

interface ResourceSpec {
  readonly create?: CommandRoute;
  readonly actions: readonly CommandRoute[];
  readonly state: StateQueryPair;
  /** Roles that may read; every role when absent. */
  readonly readers?: readonly Role[];
}

/**
 * A controller for `POST /<resource>`, `POST /<resource>/{id}/<action>` and `GET /<resource>/{id}`,
 * driven by the resource's route table. Each is a thin class: decode and dispatch live in the
 * gateways. Replies pass through, so Nest's interceptors still see every answer.
 */
export function resourceController(resource: string, spec: ResourceSpec): Type {
  @Controller(resource)
  class ResourceController {
    constructor(
      readonly commands: CommandGateway,
      readonly queries: QueryGateway,
    ) {}

    @Post()
    async create(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
      return answer(reply, await this.commands.handle(spec.create ?? findRoute([], ''), req));
    }

    @Post(':id/:action')
    async act(
      @Param('id') id: string,
      @Param('action') action: string,
      @Req() req: FastifyRequest,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      return answer(reply, await this.commands.handle(findRoute(spec.actions, action), req, id));
    }

    @Get(':id')
    async get(
      @Param('id') id: string,
      @Req() req: FastifyRequest,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      assertRole(req.caller!, spec.readers);
      return answer(reply, await this.queries.get(resource, spec.state, id, req));
    }
  }
  Object.defineProperty(ResourceController, 'name', {
    value: `${resource[0]!.toUpperCase()}${resource.slice(1)}Controller`,
  });
  return ResourceController;
}
