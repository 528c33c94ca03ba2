import { homedir } from 'node:os';
import { createInterface } from 'node:readline';

/** What a command may touch of the world: tests give their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, line by line (without the line ends). */
  stdinLines(): AsyncIterable<string>;
  /** Whether standard input is a terminal (nothing piped in). */
  stdinIsTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder: `~/.config/meshwork` and `~/.cache/meshwork` live under it unless XDG_* say otherwise. */
  homedir: string;
  /** The fetch the SDK uses (tests inject one); the global fetch when absent. */
  fetch?: typeof fetch;
  now(): Date;
  /** Waits (request-access --wait); tests make it instant. */
  sleep(ms: number): Promise<void>;
}

/** The real process: its streams, environment and home folder. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    stdinIsTty: process.stdin.isTTY === true,
    env: process.env,
    homedir: homedir(),
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
