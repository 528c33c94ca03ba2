import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource } from 'typeorm';
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
  ) {}

  /** A new key for a service account; the secret is returned here and never again. */
  async create(principalId: string, input: CreateApiKeyDto): Promise<{ key: ApiKeyEntity; secret: string }> {
    const principal = await this.principals.get(principalId);
    if (principal.kind !== 'service-account') {
      throw new AccessError(AccessErrorCode.NOT_A_SERVICE_ACCOUNT, `Principal '${principal.name}' is a ${principal.kind}; only service accounts have API keys.`);
    }
    const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt);
    if (expiresAt !== null && expiresAt.getTime() <= Date.now()) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, 'An API key cannot expire in the past.', [{ location: 'body', pointer: '/expiresAt', detail: 'expiresAt must be in the future' }]);
    }
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const id = randomUUID();
    const secret = `${PREFIX}_${id}_${randomBytes(32).toString('base64url')}`;
    await repo.insert({ id, principalId, name: input.name, secretHash: hashOf(secret), expiresAt, revokedAt: null });
    return { key: await repo.findOneByOrFail({ id }), secret };
  }

  async list(principalId: string): Promise<ApiKeyEntity[]> {
    await this.principals.get(principalId);
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { principalId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Revokes a key; it can no longer be exchanged for tokens. Revoking a revoked key changes nothing. */
  async revoke(principalId: string, keyId: string): Promise<void> {
    requireUuid(principalId);
    if (!isUuid(keyId)) {
      throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `'${keyId}' is not an API key id (a UUID).`, [{ location: 'path', pointer: '/keyId', detail: 'keyId must be a UUID' }]);
    }
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repo.findOneBy({ id: keyId, principalId });
    if (!key) throw new AccessError(AccessErrorCode.API_KEY_NOT_FOUND, `Principal '${principalId}' has no API key '${keyId}'.`);
    if (key.revokedAt === null) await repo.update({ id: keyId }, { revokedAt: () => 'now()' });
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
