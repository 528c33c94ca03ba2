/**
 * The steps of the mesh story, each printed on one line as it passes (`✓ 3/16 …`); the first that fails prints why,
 * with the problem+json of the failing call, and ends the story.
 */
import { MeshError } from '@meshwork/sdk';

export class StepFailed extends Error {
  override readonly name = 'StepFailed';
}

/** Fails the current step with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StepFailed(message);
}

/** Why a step failed: the message, and the problem+json (or body) of a call the services refused. */
export function describeFailure(error: unknown): string {
  if (error instanceof MeshError) {
    const answer = error.problem ?? error.body;
    return `${error.message}${answer === undefined ? '' : `\n  problem+json: ${JSON.stringify(answer, null, 2).replace(/\n/g, '\n  ')}`}`;
  }
  if (error instanceof StepFailed) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Polls `look` until it answers something other than undefined, or fails the step with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, timeoutMs: number, look: () => Promise<T | undefined>, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new StepFailed(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** What a step may answer instead of a detail: the feature it shows is not in the mesh yet (printed, not failed). */
export class NotAvailableYet {
  constructor(readonly reason: string) {}
}

export interface Step {
  title: string;
  /** Runs the step; what it returns is printed after the title, e.g. `(rank 1 of 4)`. */
  run(): Promise<string | NotAvailableYet | void>;
}

export interface StoryOutcome {
  passed: boolean;
  /** Steps that printed "not available yet". */
  notAvailable: number;
}

/** Runs the steps in order, up to the first that fails. */
export async function runSteps(steps: Step[], print: (line: string) => void): Promise<StoryOutcome> {
  let notAvailable = 0;
  for (const [index, step] of steps.entries()) {
    const position = `${index + 1}/${steps.length}`;
    const started = Date.now();
    try {
      const detail = await step.run();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (detail instanceof NotAvailableYet) {
        notAvailable++;
        print(`– ${position} ${step.title}: not available yet (${detail.reason})`);
      } else print(`✓ ${position} ${step.title}${detail ? ` ${detail}` : ''} [${seconds} s]`);
    } catch (error) {
      print(`✗ ${position} ${step.title}\n  ${describeFailure(error)}`);
      return { passed: false, notAvailable };
    }
  }
  return { passed: true, notAvailable };
}
