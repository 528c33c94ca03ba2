import { decodeCursor, encodeCursor, FEED_START } from './event-cursor';

describe('feed cursors', () => {
  it.each([
    [FEED_START],
    [{ txId: 1n, id: 1n }],
    [{ txId: 18446744073709551615n, id: 9223372036854775807n }],
    [{ txId: 742n, id: 42n }],
  ])('round-trips %p', (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['a bare id', Buffer.from('42').toString('base64url')],
    ['negative', Buffer.from('-1.2').toString('base64url')],
    ['three parts', Buffer.from('1.2.3').toString('base64url')],
    ['beyond 64 bits', Buffer.from('18446744073709551616.1').toString('base64url')],
    ['too long', 'A'.repeat(61)],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });
});
