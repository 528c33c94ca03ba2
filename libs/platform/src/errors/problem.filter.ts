import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toDomainError, toProblemDocument } from './to-problem';
import { requestIdOf } from '../logging/request-id';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Sends any error as RFC 9457 problem+json; never leaks a stack trace. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const { error: domainError, unexpected } = toDomainError(error);
  const correlationId = requestIdOf(request);
  if (unexpected) logger.error({ err: error, correlationId }, 'Unhandled error');
  const problem = toProblemDocument(domainError, request.url, correlationId);
  for (const [name, value] of Object.entries(domainError.headers ?? {})) void reply.header(name, value);
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
