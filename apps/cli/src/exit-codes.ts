/** The exit status of every command (`meshwork --help` lists them). */
export enum ExitCode {
  /** Done. */
  OK = 0,
  /** A check failed: blocking policy violations, schema issues, rejected observations, or the mesh refused the request (4xx). */
  FAILED = 1,
  /** The command line is wrong: unknown command or option, missing argument, unreadable file or configuration. */
  USAGE = 2,
  /** The mesh could not be reached or failed (network error, timeout, 5xx). */
  UNAVAILABLE = 3,
}

/** An error the CLI reports in one readable message (and an optional hint), never with a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export const usageError = (message: string, hint?: string) => new CliError(ExitCode.USAGE, message, hint);
