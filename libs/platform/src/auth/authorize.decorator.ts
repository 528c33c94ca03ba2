import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action, Actor, SubjectName } from '@meshwork/authz';
import { ProblemResponseDto } from '../errors/problem.dto';
import type { FastifyRequest } from 'fastify';

export const AUTHORIZE_KEY = 'meshwork:authorize';
export const PUBLIC_KEY = 'meshwork:public';

export interface AuthorizeMetadata {
  action: Action;
  subject: SubjectName;
}

/**
 * Declares who may call a route: an authenticated principal whose ability allows `action` on `subject`.
 * Also writes the security requirement and the permission into the OpenAPI document.
 */
export function Authorize(action: Action, subject: SubjectName): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTHORIZE_KEY, { action, subject } satisfies AuthorizeMetadata),
    ApiBearerAuth('bearer'),
    ApiExtension('x-meshwork-permission', `${action}:${subject}`),
    ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token.', type: ProblemResponseDto }),
    ApiForbiddenResponse({ description: `The caller may not ${action} ${subject}.`, type: ProblemResponseDto }),
  );
}

/** Declares a route open to anyone, explicitly. */
export function Public(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiSecurity({}));
}

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** The authenticated caller of an `@Authorize` route. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without @Authorize');
  return actor;
});
