import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, type Observable, of, switchMap } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/authorize.decorator';
import { IDEMPOTENCY_EXEMPT_KEY } from './idempotency-exempt.decorator';
import { EMPTY_BODY_SHA256, IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, IDEMPOTENT_WRITE_METHODS, parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { bodySha256Of, holdReservation } from './idempotency.hooks';
import { IdempotencyStore, type StoredResponse } from './idempotency.store';

/**
 * Honours the Idempotency-Key header on write routes (IETF httpapi draft): the first request with a key runs and its
 * response is kept; a repeat of the same request gets that response again (`Idempotent-Replayed: true`) without
 * running the handler. Runs after the guards, so the key belongs to the authenticated principal.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(IdempotencyStore) private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined || !IDEMPOTENT_WRITE_METHODS.has(request.method)) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(IDEMPOTENCY_EXEMPT_KEY, [context.getHandler(), context.getClass()])) return next.handle();
    const key = parseIdempotencyKey(header);
    // Public routes have no principal to scope a key to: the header is ignored there.
    if (!request.actor) return next.handle();
    const fingerprint = requestFingerprint(request.method, request.url, bodySha256Of(request) ?? EMPTY_BODY_SHA256);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.store.begin({ principalId: request.actor.id, key, method: request.method, path: request.url, fingerprint })).pipe(
      switchMap((outcome) => {
        if (outcome.kind === 'replay') return of(replay(reply, outcome.response));
        holdReservation(request, outcome.reservation);
        return next.handle();
      }),
    );
  }
}

/** Sets the stored status and headers; the stored body is what the route then sends, as it is. */
function replay(reply: FastifyReply, response: StoredResponse): Buffer | undefined {
  void reply.status(response.status);
  for (const [name, value] of Object.entries(response.headers)) void reply.header(name, value);
  void reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return response.body ?? undefined;
}
