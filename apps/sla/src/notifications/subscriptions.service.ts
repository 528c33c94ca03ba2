import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { Action, Actor } from '@meshwork/authz';
import { AccessControl, checkIfMatch, etagOf, type Page, pageWindow, PlatformError, PlatformErrorCode } from '@meshwork/platform';
import { DataSource } from 'typeorm';
import { type Clock, CLOCK } from '../clock';
import { DeliveryEntity } from './delivery.entity';
import { DEFAULT_EVENTS, sortedEvents } from './event-filter';
import type { CreateSubscriptionDto, ListDeliveriesQueryDto, ListSubscriptionsQueryDto, UpdateSubscriptionDto } from './dto/subscription.dto';
import { NotificationError, NotificationErrorCode } from './notification-error';
import { NotificationSettings } from './notification-settings';
import { SubscriptionEntity } from './subscription.entity';
import { secretHint, SubscriptionSecrets } from './subscription-secrets';
import { checkHost } from './webhook-address';

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export function subscriptionEtag(subscription: SubscriptionEntity): string {
  return etagOf(subscription.id, subscription.version);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Subscriptions of principals (managed by that principal) and of teams (managed by the team's members, as they
 * manage its SLOs); platform admins manage every one.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessControl,
    private readonly settings: NotificationSettings,
    private readonly secrets: SubscriptionSecrets,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The new subscription and its secret in clear, for the one answer that shows it. */
  async create(actor: Actor, body: CreateSubscriptionDto): Promise<{ subscription: SubscriptionEntity; secret: string }> {
    const owner = body.owner ?? `principal:${actor.id}`;
    this.requireOwner(actor, owner, 'create');
    await this.checkUrl(body.url);
    const id = randomUUID();
    const secret = body.secret ?? newSecret();
    const subscription = this.db.getRepository(SubscriptionEntity).create({
      id,
      owner,
      portUrn: body.portUrn ?? null,
      url: body.url,
      ...this.sealed(id, secret),
      events: sortedEvents(body.events ?? DEFAULT_EVENTS),
      active: true,
      createdBy: actor.id,
      createdAt: this.clock.now(),
      version: 1,
    });
    return { subscription: await this.db.getRepository(SubscriptionEntity).save(subscription), secret };
  }

  /**
   * Changes the URL, the events, whether it is active, or the secret (given, or a new one generated with
   * `rotateSecret`); the owner and the port stay. The new secret is answered this once.
   */
  async update(actor: Actor, id: string, body: UpdateSubscriptionDto, ifMatch: string | undefined): Promise<{ subscription: SubscriptionEntity; secret?: string }> {
    if (body.secret !== undefined && body.rotateSecret === true) {
      throw new NotificationError(NotificationErrorCode.SUBSCRIPTION_UPDATE_INVALID, 'Give a new secret or ask for one with rotateSecret, not both.', [{ location: 'body', pointer: '/rotateSecret', detail: 'may not be true when secret is given' }]);
    }
    if (body.url !== undefined) await this.checkUrl(body.url);
    return this.db.transaction(async (manager) => {
      const subscription = await this.find(id, manager, true);
      this.requireOwner(actor, subscription.owner, 'update');
      checkIfMatch(ifMatch, subscriptionEtag(subscription));
      const secret = body.secret ?? (body.rotateSecret === true ? newSecret() : undefined);
      await manager.update(
        SubscriptionEntity,
        { id: subscription.id },
        {
          ...(body.url !== undefined ? { url: body.url } : {}),
          ...(body.events !== undefined ? { events: sortedEvents(body.events) } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          ...(secret !== undefined ? this.sealed(subscription.id, secret) : {}),
          version: subscription.version + 1,
        },
      );
      return { subscription: await this.find(id, manager), ...(secret !== undefined ? { secret } : {}) };
    });
  }

  async list(actor: Actor, query: ListSubscriptionsQueryDto): Promise<Page<SubscriptionEntity>> {
    const { limit, offset } = pageWindow(query);
    const qb = this.db.getRepository(SubscriptionEntity).createQueryBuilder('s');
    if (!this.isAdmin(actor)) qb.andWhere('s.owner IN (:...owners)', { owners: [`principal:${actor.id}`, ...actor.teamRoles.map((r) => `team:${r.team}`)] });
    if (query.owner !== undefined) qb.andWhere('s.owner = :owner', { owner: query.owner });
    if (query.portUrn !== undefined) qb.andWhere('s.port_urn = :portUrn', { portUrn: query.portUrn });
    const [items, total] = await qb.orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  async get(actor: Actor, id: string): Promise<SubscriptionEntity> {
    const subscription = await this.find(id);
    this.requireOwner(actor, subscription.owner, 'update');
    return subscription;
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const subscription = await this.find(id);
    this.requireOwner(actor, subscription.owner, 'delete');
    await this.db.getRepository(SubscriptionEntity).delete({ id: subscription.id });
  }

  async deliveries(actor: Actor, id: string, query: ListDeliveriesQueryDto): Promise<Page<DeliveryEntity>> {
    const subscription = await this.get(actor, id);
    const { limit, offset } = pageWindow(query);
    const [items, total] = await this.db.getRepository(DeliveryEntity).findAndCount({
      where: { subscriptionId: subscription.id, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC', eventId: 'DESC' },
      take: limit,
      skip: offset,
    });
    return { items, total, limit, offset };
  }

  private sealed(id: string, secret: string): Pick<SubscriptionEntity, 'secretEncrypted' | 'secretHint'> {
    return { secretEncrypted: this.secrets.seal(id, secret), secretHint: secretHint(secret) };
  }

  private async find(id: string, manager = this.db.manager, lock = false): Promise<SubscriptionEntity> {
    const subscription = UUID.test(id) ? await manager.findOne(SubscriptionEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }) : null;
    if (!subscription) throw new NotificationError(NotificationErrorCode.SUBSCRIPTION_NOT_FOUND, `No subscription '${id}'.`);
    return subscription;
  }

  private isAdmin(actor: Actor): boolean {
    return this.access.can(actor, 'manage', 'all');
  }

  /** A principal manages its own subscriptions; a team's members manage the team's, as they manage its SLOs. */
  private requireOwner(actor: Actor, owner: string, action: Extract<Action, 'create' | 'update' | 'delete'>): void {
    if (this.isAdmin(actor)) return;
    if (owner.startsWith('principal:')) {
      if (owner.slice('principal:'.length) === actor.id) return;
      throw new PlatformError(PlatformErrorCode.FORBIDDEN, `Principal '${actor.id}' may not manage the subscriptions of '${owner}': only that principal or a platform admin may.`);
    }
    const ownerTeamId = owner.slice('team:'.length);
    this.access.require(actor, action, asSubject('Slo', { ownerTeamId }), `the subscriptions of team '${ownerTeamId}': only its members or a platform admin may`);
  }

  private async checkUrl(raw: string): Promise<void> {
    const refuse = (detail: string) => new NotificationError(NotificationErrorCode.WEBHOOK_URL_REFUSED, `The webhook URL is refused: ${detail}.`, [{ location: 'body', pointer: '/url', detail }]);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw refuse('it is not an absolute URL');
    }
    const schemes = this.settings.allowHttp ? ['https:', 'http:'] : ['https:'];
    if (!schemes.includes(url.protocol)) throw refuse(`its scheme must be ${this.settings.allowHttp ? 'https or http' : 'https'}`);
    if (url.username || url.password) throw refuse('it may not carry credentials: authenticate deliveries with the signature');
    const verdict = await checkHost(url.hostname, this.settings.allowedHosts);
    if (!verdict.allowed) throw refuse(verdict.reason);
  }
}
