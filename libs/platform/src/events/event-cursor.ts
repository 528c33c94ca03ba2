/**
 * A position in a feed: the transaction id and the event id of the last event read. Events are read in
 * (transaction id, id) order, so the cursor needs both; clients treat it as an opaque string.
 */
export interface FeedPosition {
  txId: bigint;
  id: bigint;
}

export const FEED_START: FeedPosition = { txId: 0n, id: 0n };

const CURSOR = /^([0-9]{1,20})\.([0-9]{1,20})$/;
const MAX_U64 = (1n << 64n) - 1n;

export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(`${position.txId}.${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one this service gave out. */
export function decodeCursor(cursor: string): FeedPosition | undefined {
  if (cursor.length === 0 || cursor.length > 60 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const txId = BigInt(match[1]);
  const id = BigInt(match[2]);
  if (txId > MAX_U64 || id > MAX_U64) return undefined;
  return { txId, id };
}
