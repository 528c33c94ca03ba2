import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type AuthenticatedRequest, requestIdOf } from '@meshwork/platform';
import type { FastifyInstance } from 'fastify';
import { AuditService } from './audit.service';

const CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every refused attempt to change something (answered 403) in the audit log, as `refused <METHOD> <route>`
 * with outcome `denied`: who tried, on what, from where. Written after the answer, like decisions.
 */
@Injectable()
export class RefusalsAudit implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, reply, done) => {
      if (reply.statusCode === 403 && CHANGING.has(request.method)) {
        const actor = (request as AuthenticatedRequest).actor;
        const route = request.routeOptions.url ?? request.url.split('?')[0];
        void this.audit.appendLater([
          {
            actor: actor?.id ?? 'anonymous',
            action: `refused ${request.method} ${route}`.slice(0, 63),
            resource: request.url.split('?')[0].slice(0, 500),
            outcome: 'denied',
            details: { status: 403 },
            source: { ip: request.ip ?? null, requestId: requestIdOf(request) },
          },
        ]);
      }
      done();
    });
  }
}
