import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest entry of the audit chain, sealed with a MAC keyed from ACCESS_KEY_SECRET: deleting the newest entries
 * leaves a head that names entries no longer there, and a head rewritten without the secret does not verify.
 */
@Entity({ name: 'audit_head', schema: 'access' })
export class AuditHeadEntity {
  /** Always 1: there is one chain. */
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  /** HMAC-SHA256 (hex) of `sequence:hash`. */
  @Column({ type: 'char', length: 64 })
  mac!: string;
}
