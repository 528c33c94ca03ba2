/**
 * Node-only helpers of the SDK, kept out of the core (which imports nothing from Node so that it runs in browsers).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CursorStore } from './events';

async function readCursors(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`fileCursorStore: ${path} is not a JSON object of cursors.`);
  return parsed as Record<string, string>;
}

/**
 * Keeps cursors in a JSON file (`{ "<key>": "<cursor>" }`), written to a temporary file and renamed over the old one
 * so that a crash leaves the previous cursor, never half a file. Saves are done one at a time, in order.
 */
export function fileCursorStore(path: string): CursorStore {
  let writing: Promise<void> = Promise.resolve();
  let tmpCount = 0;
  return {
    load: async (key) => {
      await writing.catch(() => undefined);
      return (await readCursors(path))[key];
    },
    save: (key, cursor) => {
      const next = writing
        .catch(() => undefined)
        .then(async () => {
          const cursors = await readCursors(path);
          cursors[key] = cursor;
          await mkdir(dirname(path), { recursive: true });
          const tmp = `${path}.${process.pid}.${tmpCount++}.tmp`;
          await writeFile(tmp, `${JSON.stringify(cursors, null, 2)}\n`, { mode: 0o600 });
          await rename(tmp, path);
        });
      writing = next;
      return next;
    },
  };
}
