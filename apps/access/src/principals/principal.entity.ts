import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { GlobalRole, PrincipalKind } from '../common/names';

@Entity({ name: 'principals', schema: 'access' })
export class PrincipalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: PrincipalKind;

  @Index('principals_name_key', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  name!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ name: 'global_roles', type: 'text', array: true, default: () => "'{}'" })
  globalRoles!: GlobalRole[];

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
