import type { SloStatus } from '../slos/slo.entity';

/**
 * An SLO's status from what was observed of its port, at one instant; pure, so that the evaluator, the tests and
 * the bench agree. Rules per property:
 * - latency: age of the newest data (last refresh) vs the target: ok, at-risk from 80 % of it, breached from it.
 * - frequency: time since the last refresh vs the interval: at-risk once the interval is over, breached after a
 *   grace of 10 % of the interval (a refresh scheduled daily at 05:00 may land at 05:20 without a breach).
 * - timeOfAvailability: after today's time (UTC) the data must have been refreshed today; before it, yesterday's
 *   verdict stands (a refresh yesterday or today keeps it ok).
 * - availability: share of successful checks and runs over the window vs the target ratio; at-risk once 80 % of
 *   the allowed failures are used.
 * - errorRate: the worse of two shares in the window, failed runs over runs and errors over rows (rows and errors
 *   reported by runs, checks and failed quality rules of the contract); at-risk from 80 % of the target.
 * - retention: the oldest record reported must be at least as old as the target (younger: data was dropped early).
 * - throughput: rows of the last run within [least, most].
 * Nothing observed yet, or an unmonitored SLO: unknown.
 */

export const AT_RISK_SHARE = 0.8;
export const FREQUENCY_GRACE = 0.1;
/** Ratios change as observations leave the window: look again this often without new observations. */
export const RATIO_RECHECK_SECONDS = 3600;
/** Nothing changes without a new observation (which makes the SLO due at once): look again daily all the same. */
export const IDLE_RECHECK_SECONDS = 86_400;

export interface SloTargets {
  property: string;
  monitored: boolean;
  targetSeconds: number | null;
  targetRatio: number | null;
  targetTimeOfDay: string | null;
  targetValue: number | string;
  targetMax: number | null;
  windowSeconds: number;
}

/** The port's summary (sla.port_observations), plus the rows of its last run for throughput. */
export interface PortSummary {
  lastRefreshAt: Date | null;
  lastRunAt: Date | null;
  lastCheckAt: Date | null;
  lastOldestRecordAt: Date | null;
  lastRunRowCount: number | null;
}

/** Counts of the port's observations in the SLO's window. */
export interface WindowCounts {
  checks: number;
  failedChecks: number;
  runs: number;
  failedRuns: number;
  rows: number;
  errors: number;
}

export interface Observed {
  value: number | string | null;
  unit: string;
}

export interface StatusVerdict {
  status: SloStatus;
  /** When this status began without anyone looking: for a breach, when the target was crossed. */
  since: Date;
  /** When the status would change if nothing more were observed. */
  nextDueAt: Date;
  observed: Observed;
}

export const NO_COUNTS: WindowCounts = { checks: 0, failedChecks: 0, runs: 0, failedRuns: 0, rows: 0, errors: 0 };

const plus = (at: Date | number, seconds: number) => new Date((typeof at === 'number' ? at : at.getTime()) + seconds * 1000);
const secondsBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;
const latest = (...dates: (Date | null)[]) => dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

export function sloStatus(slo: SloTargets, summary: PortSummary | undefined, counts: WindowCounts, now: Date): StatusVerdict {
  const unknown = (unit: string): StatusVerdict => ({ status: 'unknown', since: now, nextDueAt: plus(now, IDLE_RECHECK_SECONDS), observed: { value: null, unit } });
  if (!slo.monitored) return unknown('');
  switch (slo.property) {
    case 'latency':
      return summary?.lastRefreshAt && slo.targetSeconds !== null ? latency(slo.targetSeconds, summary.lastRefreshAt, now) : unknown('s');
    case 'frequency':
      return summary?.lastRefreshAt && slo.targetSeconds !== null ? frequency(slo.targetSeconds, summary.lastRefreshAt, now) : unknown('s');
    case 'timeOfAvailability':
      return summary?.lastRefreshAt && slo.targetTimeOfDay ? timeOfAvailability(slo.targetTimeOfDay, summary.lastRefreshAt, now) : unknown('time');
    case 'availability':
      return counts.checks + counts.runs > 0 && slo.targetRatio !== null ? availability(slo.targetRatio, counts, latest(summary?.lastCheckAt ?? null, summary?.lastRunAt ?? null) ?? now, now) : unknown('ratio');
    case 'errorRate':
      return (counts.runs > 0 || counts.rows > 0) && slo.targetRatio !== null ? errorRate(slo.targetRatio, counts, latest(summary?.lastRunAt ?? null, summary?.lastRefreshAt ?? null) ?? now, now) : unknown('ratio');
    case 'retention':
      return summary?.lastOldestRecordAt && slo.targetSeconds !== null ? retention(slo.targetSeconds, summary.lastOldestRecordAt, now) : unknown('s');
    case 'throughput':
      return summary?.lastRunRowCount !== null && summary?.lastRunRowCount !== undefined && typeof slo.targetValue === 'number'
        ? throughput(slo.targetValue, slo.targetMax, summary.lastRunRowCount, summary.lastRunAt ?? now, now)
        : unknown('rows');
    default:
      return unknown('');
  }
}

/** Ok, then at-risk from `atRisk`, then breached from `breach` (instants), for a measure that only grows with time. */
function ageing(from: Date, atRiskAfter: number, breachAfter: number, now: Date): StatusVerdict {
  const observed = { value: Math.max(0, secondsBetween(from, now)), unit: 's' };
  const atRisk = plus(from, atRiskAfter);
  const breach = plus(from, breachAfter);
  if (now >= breach) return { status: 'breached', since: breach, nextDueAt: plus(now, IDLE_RECHECK_SECONDS), observed };
  if (now >= atRisk) return { status: 'at-risk', since: atRisk, nextDueAt: breach, observed };
  return { status: 'ok', since: from, nextDueAt: atRisk, observed };
}

function latency(target: number, lastRefresh: Date, now: Date): StatusVerdict {
  return ageing(lastRefresh, AT_RISK_SHARE * target, target, now);
}

function frequency(interval: number, lastRefresh: Date, now: Date): StatusVerdict {
  return ageing(lastRefresh, interval, interval * (1 + FREQUENCY_GRACE), now);
}

const DAY_MS = 86_400_000;

function timeOfDaySeconds(text: string): number {
  const [h, m, s] = text.replace(/Z$/i, '').split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
}

function timeOfAvailability(timeOfDay: string, lastRefresh: Date, now: Date): StatusVerdict {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const deadlineToday = plus(today, timeOfDaySeconds(timeOfDay));
  const observed = { value: lastRefresh.toISOString(), unit: 'time' };
  // The day whose verdict holds now: today once its deadline passed, yesterday before.
  const dayStart = now >= deadlineToday ? today : today - DAY_MS;
  const deadline = plus(dayStart, timeOfDaySeconds(timeOfDay));
  const next = now >= deadlineToday ? plus(deadlineToday, 86_400) : deadlineToday;
  const refreshedThatDay = lastRefresh.getTime() >= dayStart;
  if (refreshedThatDay) return { status: 'ok', since: lastRefresh < deadline ? lastRefresh : deadline, nextDueAt: next, observed };
  return { status: 'breached', since: deadline, nextDueAt: next, observed };
}

/** Targets such as 99.5 % are not exact in binary: 1 − 0.995 is a hair above 0.005. */
const EPSILON = 1e-12;

/** A ratio of bad events vs the share allowed: breached above it, at-risk from 80 % of it. */
function badShare(bad: number, allowed: number, lastObserved: Date, now: Date, observed: Observed): StatusVerdict {
  const since = lastObserved > now ? now : lastObserved;
  const nextDueAt = plus(now, RATIO_RECHECK_SECONDS);
  if (bad > allowed + EPSILON) return { status: 'breached', since, nextDueAt, observed };
  if (bad >= AT_RISK_SHARE * allowed - EPSILON && bad > 0) return { status: 'at-risk', since, nextDueAt, observed };
  return { status: 'ok', since, nextDueAt, observed };
}

function availability(target: number, counts: WindowCounts, lastObserved: Date, now: Date): StatusVerdict {
  const total = counts.checks + counts.runs;
  const failed = counts.failedChecks + counts.failedRuns;
  const share = (total - failed) / total;
  return badShare(failed / total, 1 - target, lastObserved, now, { value: share, unit: 'ratio' });
}

function errorRate(target: number, counts: WindowCounts, lastObserved: Date, now: Date): StatusVerdict {
  const rate = Math.max(counts.runs > 0 ? counts.failedRuns / counts.runs : 0, counts.rows > 0 ? counts.errors / counts.rows : 0);
  return badShare(rate, target, lastObserved, now, { value: rate, unit: 'ratio' });
}

function retention(target: number, oldestRecord: Date, now: Date): StatusVerdict {
  const observed = { value: secondsBetween(oldestRecord, now), unit: 's' };
  const keptLongEnough = plus(oldestRecord, target);
  if (now >= keptLongEnough) return { status: 'ok', since: keptLongEnough, nextDueAt: plus(now, IDLE_RECHECK_SECONDS), observed };
  return { status: 'breached', since: now, nextDueAt: keptLongEnough, observed };
}

function throughput(least: number, most: number | null, rows: number, lastRun: Date, now: Date): StatusVerdict {
  const within = rows >= least && (most === null || rows <= most);
  return { status: within ? 'ok' : 'breached', since: lastRun > now ? now : lastRun, nextDueAt: plus(now, IDLE_RECHECK_SECONDS), observed: { value: rows, unit: 'rows' } };
}
