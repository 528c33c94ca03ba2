import type { Logger } from '@nestjs/common';

/**
 * The background loop of the evaluator, the prober and the notification dispatcher: runs `pass` again `intervalMs`
 * after the previous pass ended (never two at once), logs a failed pass and goes on; `stop()` waits for the running
 * pass to end.
 */
export class PeriodicPass {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly failure: string,
    private readonly pass: () => Promise<unknown>,
  ) {}

  start(intervalMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .catch((error: unknown) => this.logger.error(`${this.failure}: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = undefined;
          if (!this.stopped) this.start(intervalMs);
        });
    }, intervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
