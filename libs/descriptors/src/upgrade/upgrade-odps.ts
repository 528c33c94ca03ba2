import type { OdpsProduct } from '../model/odps.types';

/** The ODPS version that older documents are upgraded to. */
export const ODPS_CURRENT_API_VERSION = 'v1.0.0';

const ODPS_V0_9 = /^v0\.9\.\d+$/;

/** True for an ODPS v0.9.x apiVersion, the one older version we upgrade. */
export function isOdpsV09(apiVersion: unknown): boolean {
  return typeof apiVersion === 'string' && ODPS_V0_9.test(apiVersion);
}

/**
 * Maps an ODPS v0.9.x document to the v1.0.0 shape, without touching the input; other versions come back as
 * they are. v1.0.0 changed one structure: `team`, a bare list of members in v0.9, became an object with
 * `members` (aligned on ODCS v3.1). The rest of v1.0.0 only added optional fields or relaxed enums.
 */
export function upgradeOdps(doc: OdpsProduct): OdpsProduct {
  if (!isOdpsV09(doc.apiVersion)) return doc;
  const upgraded: OdpsProduct = { ...doc, apiVersion: ODPS_CURRENT_API_VERSION };
  if (Array.isArray(doc.team)) upgraded.team = { members: doc.team };
  return upgraded;
}

/** Maps a JSON Pointer into upgradeOdps(doc) back to the same place in doc. */
export function pointerBeforeUpgrade(doc: OdpsProduct, pointer: string): string {
  if (!isOdpsV09(doc.apiVersion) || !Array.isArray(doc.team)) return pointer;
  if (pointer === '/team/members') return '/team';
  return pointer.startsWith('/team/members/') ? `/team/${pointer.slice('/team/members/'.length)}` : pointer;
}
