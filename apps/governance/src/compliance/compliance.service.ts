import { Inject, Injectable } from '@nestjs/common';
import { PlatformError, PlatformErrorCode } from '@meshwork/platform';
import type { PolicyResult } from '@meshwork/policies';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../policies/policy-settings';
import { ComplianceSampleEntity } from './compliance-sample.entity';
import type { ComplianceQueryDto, ComplianceReportDto, DailyScoreDto, ProductScoreDto, ScoreDto } from './dto/compliance.dto';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

interface LatestRow {
  domain: string;
  product: string;
  product_version: string;
  passed: number;
  applicable: number;
  blocking: number;
  warnings: number;
  evaluated_at: Date;
}

interface DayRow {
  day: string;
  passed: string;
  applicable: string;
  products: string;
}

function ratio(passed: number, applicable: number): number | null {
  return applicable === 0 ? null : passed / applicable;
}

function score(rows: { passed: number; applicable: number }[]): ScoreDto {
  const passed = rows.reduce((sum, r) => sum + r.passed, 0);
  const applicable = rows.reduce((sum, r) => sum + r.applicable, 0);
  return { score: ratio(passed, applicable), passed, applicable, products: rows.length };
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Compliance of products with the policies in force: the latest sample per product, and its history. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(subject: { domain: string; name: string; version: string }, results: PolicyResult[], summary: { blocking: number; warnings: number }, at: Date): Promise<void> {
    const applicable = results.filter((r) => r.outcome !== 'not-applicable');
    await this.dataSource.getRepository(ComplianceSampleEntity).insert({
      domain: subject.domain,
      product: subject.name,
      productVersion: subject.version,
      applicable: applicable.length,
      passed: applicable.filter((r) => r.outcome === 'pass').length,
      blocking: summary.blocking,
      warnings: summary.warnings,
      outcomes: results.map((r) => ({ policyId: r.policyId, version: r.version, outcome: r.outcome })),
      evaluatedAt: at,
    });
  }

  async report(query: ComplianceQueryDto): Promise<ComplianceReportDto> {
    const { from, to } = this.window(query);
    const latest = await this.latest();
    const inDomain = query.domain ? latest.filter((r) => r.domain === query.domain) : latest;
    const domains = [...new Set(inDomain.map((r) => r.domain))].sort();
    return {
      mesh: score(latest),
      domains: domains.map((domain) => ({ domain, ...score(inDomain.filter((r) => r.domain === domain)) })),
      products: inDomain.map(toProductScore),
      series: await this.series(from, to, query.domain),
    };
  }

  private window(query: ComplianceQueryDto): { from: string; to: string } {
    const to = query.to ?? day(this.clock.now());
    const from = query.from ?? day(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS));
    const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
    if (Number.isNaN(span)) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `from ${from} or to ${to} is not a calendar date.`, [{ location: 'query', pointer: '/from', detail: 'not a calendar date' }]);
    if (span < 0) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `from ${from} is after to ${to}.`, [{ location: 'query', pointer: '/from', detail: 'must not be after to' }]);
    if (span >= MAX_DAYS) throw new PlatformError(PlatformErrorCode.VALIDATION_FAILED, `The series spans ${span + 1} days; ask for ${MAX_DAYS} at most.`, [{ location: 'query', pointer: '/from', detail: `at most ${MAX_DAYS} days before to` }]);
    return { from, to };
  }

  /** Each product's latest sample, sorted by domain and name. */
  private async latest(): Promise<LatestRow[]> {
    const rows = await this.dataSource.query<LatestRow[]>(
      `SELECT DISTINCT ON (domain, product) domain, product, product_version, passed, applicable, blocking, warnings, evaluated_at
         FROM governance.compliance_samples
        ORDER BY domain, product, evaluated_at DESC, id DESC`,
    );
    return rows;
  }

  /** Per day, the sum over products of their latest sample at the end of that day (UTC). */
  private async series(from: string, to: string, domain: string | undefined): Promise<DailyScoreDto[]> {
    const rows = await this.dataSource.query<DayRow[]>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(sum(s.passed), 0) AS passed, coalesce(sum(s.applicable), 0) AS applicable, count(s.product) AS products
         FROM generate_series($1::date, $2::date, interval '1 day') AS d(day)
         LEFT JOIN LATERAL (
           SELECT DISTINCT ON (c.domain, c.product) c.product, c.passed, c.applicable
             FROM governance.compliance_samples c
            WHERE c.evaluated_at < ((d.day + interval '1 day') AT TIME ZONE 'UTC')
              AND ($3::text IS NULL OR c.domain = $3::text)
            ORDER BY c.domain, c.product, c.evaluated_at DESC, c.id DESC
         ) s ON true
        GROUP BY d.day
        ORDER BY d.day`,
      [from, to, domain ?? null],
    );
    return rows.map((r) => {
      const passed = Number(r.passed);
      const applicable = Number(r.applicable);
      return { date: r.day, score: ratio(passed, applicable), passed, applicable, products: Number(r.products) };
    });
  }
}

function toProductScore(r: LatestRow): ProductScoreDto {
  return {
    domain: r.domain,
    name: r.product,
    version: r.product_version,
    score: ratio(r.passed, r.applicable),
    passed: r.passed,
    applicable: r.applicable,
    blocking: r.blocking,
    warnings: r.warnings,
    evaluatedAt: new Date(r.evaluated_at).toISOString(),
  };
}
