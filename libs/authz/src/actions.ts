/** What a principal may do. `manage` is CASL's wildcard for every action. */
export const ACTIONS = ['manage', 'create', 'read', 'update', 'delete', 'transition', 'approve', 'revoke'] as const;
export type Action = (typeof ACTIONS)[number];

/** The kinds of object that rules talk about. `all` is CASL's wildcard for every subject. */
export const SUBJECTS = ['all', 'Domain', 'DataProduct', 'Contract', 'Lineage', 'Principal', 'Team', 'AccessRequest', 'Grant', 'Decision', 'AuditEvent', 'Policy', 'Evaluation', 'Compliance', 'GlossaryTerm', 'MasterData', 'Slo', 'Observation', 'Incident', 'Event'] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/** Roles, as in the architecture: team-scoped roles are granted per team (= domain). */
export const ROLES = ['platform-admin', 'governance-officer', 'domain-owner', 'domain-member', 'consumer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
