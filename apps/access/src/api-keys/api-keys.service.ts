import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { type AuditContext, AuditService } from '../audit/audit.service';
import { AccessError, AccessErrorCode } from '../common/access-error';
import { isUuid } from '../common/names';
import { PrincipalEntity } from '../principals/principal.entity';
import { PrincipalsService, requireUuid } from '../principals/principals.service';
import type { ApiKeyDto, CreateApiKeyDto } from './api-key.dto';
import { ApiKeyEntity } from './api-key.entity';

const PREFIX = 'mwk';
const SECRET_FORMAT = /^mwk_([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/;

function hashOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function toApiKeyDto(key: ApiKeyEntity): ApiKeyDto {
  return {
    id: key.id,
    principalId: key.principalId,
    name: key.name,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** One answer for every refused key, so that callers learn nothing about which check failed. */
export function invalidApiKey(): PlatformError {
  return new PlatformError(PlatformErrorCode.UNAUTHENTICATED, 'The API key is not valid.');
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principals: PrincipalsService,
    private readonly audit: AuditService,
  ) {}

  /** A new key for a service account; the secret is returned here and never again. */
  async create(principalId: string, input: CreateApiKeyDto, by: AuditContext): Promise<{ key: ApiKeyEntity; secret: string }> {
    const principal = await this.principals.get(principalId);
    if (principal.kind !== 'service-account') {
      throw new AccessError(AccessErrorCode.NOT_A_SERVICE_ACCOUNT, `Principal '${principal.name}' is a ${principal.kind}; only service accounts have API keys.`);
    }
    const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
    if (expiresAt !== null && expiresAt.getTime() <= Date.now()) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'An API key cannot expire in the past.', [{ location: 'body', pointer: '/expiresAt', detail: 'expiresAt must be in the future' }]);
    }
    const id = randomUUID();
    const secret = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`;
    const key = await this.dataSource.transaction(async (manager) => {
      await manager.insert(ApiKeyEntity, { id, principalId, name: input.name, secretHash: hashOf(secret), expiresAt, revokedAt: null });
      await this.audit.append({ ...by, action: 'api-key.create', resource: id, outcome: 'success', details: { principalId, name: input.name, expiresAt: expiresAt?.toISOString() ?? null } }, manager);
      return manager.findOneByOrFail(ApiKeyEntity, { id });
    });
    return { key, secret };
  }

  async list(principalId: string): Promise<ApiKeyEntity[]> {
    await this.principals.get(principalId);
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { principalId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Revokes a key; it can no longer be exchanged for tokens. Revoking a revoked key changes nothing. */
  async revoke(principalId: string, keyId: string, by: AuditContext): Promise<void> {
    requireUuid(principalId);
    if (!isUuid(keyId)) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${keyId}' is not an API key id (a UUID).`, [{ location: 'path', pointer: '/keyId', detail: 'keyId must be a UUID' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKeyEntity, { where: { id: keyId, principalId }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new AccessError(AccessErrorCode.API_KEY_NOT_FOUND, `Principal '${principalId}' has no API key '${keyId}'.`);
      if (key.revokedAt !== null) return;
      await manager.update(ApiKeyEntity, { id: keyId }, { revokedAt: () => 'now()' });
      await this.audit.append({ ...by, action: 'api-key.revoke', resource: keyId, outcome: 'success', details: { principalId } }, manager);
    });
  }

  /** The id a presented secret names, when it has the shape of a key; the id alone is no secret. */
  keyIdOf(secret: string): string | null {
    const id = SECRET_FORMAT.exec(secret)?.[1];
    return id !== undefined && isUuid(id) ? id : null;
  }

  /** The enabled principal a valid, unrevoked, unexpired key belongs to; anything else answers the same 401. */
  async authenticate(secret: string): Promise<PrincipalEntity> {
    const match = SECRET_FORMAT.exec(secret);
    const id = match?.[1];
    const key = id !== undefined && isUuid(id) ? await this.dataSource.getRepository(ApiKeyEntity).findOne({ where: { id }, relations: { principal: true } }) : null;
    const presented = Buffer.from(hashOf(secret), 'hex');
    const stored = Buffer.from(key?.secretHash ?? hashOf(`${PREFIX}_unknown`), 'hex');
    const matches = timingSafeEqual(presented, stored) && key !== null;
    if (!matches || !key.principal) throw invalidApiKey();
    if (key.revokedAt !== null || (key.expiresAt !== null && key.expiresAt.getTime() <= Date.now())) throw invalidApiKey();
    if (key.principal.disabled || key.principal.kind !== 'service-account') throw invalidApiKey();
    return key.principal;
  }
}
