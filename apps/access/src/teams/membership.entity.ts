import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TeamRoleName } from '../common/names';
import { PrincipalEntity } from '../principals/principal.entity';
import { TeamEntity } from './team.entity';

/** A principal's role in a team. A team cannot be deleted while it has members; a deleted principal leaves its teams. */
@Entity({ name: 'memberships', schema: 'access' })
@Index('memberships_principal_idx', ['principalId'])
export class MembershipEntity {
  @PrimaryColumn({ name: 'team_name', type: 'varchar', length: 63 })
  teamName!: string;

  @PrimaryColumn({ name: 'principal_id', type: 'uuid' })
  principalId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: TeamRoleName;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_name', referencedColumnName: 'name' })
  team?: TeamEntity;

  @ManyToOne(() => PrincipalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'principal_id', referencedColumnName: 'id' })
  principal?: PrincipalEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
