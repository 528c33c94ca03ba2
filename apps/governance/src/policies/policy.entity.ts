import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A policy: its stable id and which of its versions is the latest and which one applies now. */
@Entity({ name: 'policies', schema: 'governance' })
export class PolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 })
  id!: string;

  /** Number of the newest version (draft or not). */
  @Column({ name: 'latest_version', type: 'int' })
  latestVersion!: number;

  /** The version in grace or enforced, evaluated at publish time; null when none applies. */
  @Column({ name: 'active_version', type: 'int', nullable: true })
  activeVersion!: number | null;

  /** Bumped by every change to any of its versions: the policy's ETag. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
