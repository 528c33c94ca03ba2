import { createMongoAbility } from '@casl/ability';
import { type PackRule, packRules, unpackRules } from '@casl/ability/extra';
import { defineAbilityFor, type MeshAbility } from './ability';
import type { Actor } from './actor';

/** CASL rules in their compact array form (`packRules`), as the access service hands them out in a bundle. */
export type PackedRules = PackRule<MeshAbility['rules'][number]>[];

/** The actor's rules, packed for transport. */
export function packAbility(actor: Actor): PackedRules {
  return packRules(defineAbilityFor(actor).rules);
}

/** An ability from packed rules: decides locally exactly as the services do for that actor. */
export function unpackAbility(packed: PackedRules): MeshAbility {
  return createMongoAbility<MeshAbility>(unpackRules(packed));
}
