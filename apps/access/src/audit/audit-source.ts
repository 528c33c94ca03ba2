import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestIdOf } from '@meshwork/platform';
import type { FastifyRequest } from 'fastify';
import type { AuditSource } from './audit.service';

/** The client address and request id of the current call, for the audit entries it causes. */
export const CurrentSource = createParamDecorator((_data: unknown, context: ExecutionContext): AuditSource => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { ip: request.ip ?? null, requestId: requestIdOf(request) };
});
