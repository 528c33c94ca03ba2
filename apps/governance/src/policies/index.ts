// The policies feature with evaluations and compliance: controllers, providers and entities, registered by the app module and the database.
import { ComplianceSampleEntity } from '../compliance/compliance-sample.entity';
import { ComplianceController } from '../compliance/compliance.controller';
import { ComplianceService } from '../compliance/compliance.service';
import { EvaluationsController } from '../evaluations/evaluations.controller';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { ActivePolicies } from './active-policies';
import { BundleController } from './bundle.controller';
import { CatalogClient } from './catalog-client';
import { DryRunService } from './dry-run.service';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';
import { PolicyEntity } from './policy.entity';
import { CLOCK, loadPolicySettings, POLICY_SETTINGS, systemClock } from './policy-settings';
import { PolicyVersionEntity } from './policy-version.entity';
import { StarterPolicies } from './starter-policies';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const POLICY_ENTITIES: Function[] = [PolicyEntity, PolicyVersionEntity, ComplianceSampleEntity];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const POLICY_CONTROLLERS: Function[] = [PoliciesController, BundleController, EvaluationsController, ComplianceController];
// Nest providers: classes, and the settings and clock read once per application.
export const POLICY_PROVIDERS = [
  { provide: POLICY_SETTINGS, useFactory: () => loadPolicySettings() },
  { provide: CLOCK, useFactory: systemClock },
  ActivePolicies,
  PoliciesService,
  CatalogClient,
  DryRunService,
  EvaluationsService,
  ComplianceService,
  StarterPolicies,
] as unknown as Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
