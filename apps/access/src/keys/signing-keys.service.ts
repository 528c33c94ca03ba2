import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { decryptText, deriveEncryptionKey, encryptText } from '@meshwork/platform';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { type AuditContext, AuditService } from '../audit/audit.service';
import { ACCESS_SETTINGS, type AccessSettings, MAX_TOKEN_TTL_SECONDS } from '../settings';
import { SigningKeyEntity } from './signing-key.entity';

export const SIGNING_ALGORITHM = 'EdDSA';

/** Serializes the creation and rotation of keys across replicas (a transaction-scoped advisory lock). */
const KEYS_LOCK = 'meshwork-access-signing-keys';

/** A retired key stays published this long: the longest token lifetime, plus the clock tolerance of verifiers. */
export const RETIRED_KEY_PUBLISHED_SECONDS = MAX_TOKEN_TTL_SECONDS + 60;

/** The AES key the private signing keys are encrypted under at rest, derived from ACCESS_KEY_SECRET. */
export function signingKeyEncryptionKey(keySecret: string): Buffer {
  return deriveEncryptionKey(keySecret, 'meshwork-access', 'signing-keys');
}

export interface CurrentKey {
  kid: string;
  privateKey: CryptoKey;
}

@Injectable()
export class SigningKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SigningKeysService.name);
  private readonly imported = new Map<string, Promise<CryptoKey>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(ACCESS_SETTINGS) private readonly settings: AccessSettings,
  ) {}

  /** The first start creates the first key; every start checks that the current key can be decrypted. */
  async onApplicationBootstrap(): Promise<void> {
    const current = await this.ensureCurrent();
    await this.privateKeyOf(current);
  }

  /** The current key, created when there is none. */
  async ensureCurrent(): Promise<SigningKeyEntity> {
    const existing = await this.findCurrent(this.dataSource.manager);
    if (existing) return existing;
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager);
      return (await this.findCurrent(manager)) ?? this.insertKey(manager);
    });
  }

  /** Retires the current key and makes a new one current; the old one stays published until its tokens expire. */
  async rotate(by: AuditContext): Promise<SigningKeyEntity> {
    const key = await this.dataSource.transaction(async (manager) => {
      await this.lock(manager);
      await manager.update(SigningKeyEntity, { retiredAt: IsNull() }, { retiredAt: () => 'now()' });
      const created = await this.insertKey(manager);
      await this.audit.append({ ...by, action: 'signing-key.rotate', resource: created.kid, outcome: 'success' }, manager);
      return created;
    });
    this.logger.log(`Signing key rotated: ${key.kid} is current`);
    return key;
  }

  /** The key new tokens are signed with. Read from the database each time, so every replica follows a rotation. */
  async current(): Promise<CurrentKey> {
    const key = await this.ensureCurrent();
    return { kid: key.kid, privateKey: await this.privateKeyOf(key) };
  }

  /** Public JWKs of the current key and of the retired keys whose tokens may still be valid, newest first. */
  async published(): Promise<JWK[]> {
    const keys = await this.dataSource
      .getRepository(SigningKeyEntity)
      .createQueryBuilder('k')
      .where('k.retired_at IS NULL')
      .orWhere("k.retired_at > now() - make_interval(secs => :seconds)", { seconds: RETIRED_KEY_PUBLISHED_SECONDS })
      .orderBy('k.created_at', 'DESC')
      .getMany();
    return keys.map((key) => ({ ...key.publicJwk, kid: key.kid, alg: SIGNING_ALGORITHM, use: 'sig' }));
  }

  private async findCurrent(manager: EntityManager): Promise<SigningKeyEntity | null> {
    return manager.findOne(SigningKeyEntity, { where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  private async lock(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [KEYS_LOCK]);
  }

  private async insertKey(manager: EntityManager): Promise<SigningKeyEntity> {
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
    const kid = randomUUID();
    const publicJwk = await exportJWK(publicKey);
    const privateJwk = await exportJWK(privateKey);
    await manager.insert(SigningKeyEntity, {
      kid,
      publicJwk: { ...publicJwk },
      privateJwkEncrypted: encryptText(signingKeyEncryptionKey(this.settings.keySecret), JSON.stringify(privateJwk), kid),
      retiredAt: null,
    });
    return manager.findOneByOrFail(SigningKeyEntity, { kid });
  }

  private privateKeyOf(key: SigningKeyEntity): Promise<CryptoKey> {
    let found = this.imported.get(key.kid);
    if (!found) {
      found = (async () => {
        let jwk: JWK;
        try {
          jwk = JSON.parse(decryptText(signingKeyEncryptionKey(this.settings.keySecret), key.privateJwkEncrypted, key.kid)) as JWK;
        } catch {
          throw new Error(`Signing key ${key.kid} cannot be decrypted: ACCESS_KEY_SECRET is not the secret it was stored under`);
        }
        return (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey;
      })();
      found.catch(() => this.imported.delete(key.kid));
      this.imported.set(key.kid, found);
    }
    return found;
  }
}
