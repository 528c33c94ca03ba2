export { createTestDatabase, testAdminUrl, type TestDatabase } from './database/test-database';
export { startServiceProcess, type ServiceProcess, type ServiceProcessOptions } from './process/service-process';
export { TEST_AUDIENCE, TEST_ISSUER, type TeamClaim, type TestActor, TestIdentityProvider, type TokenSubject } from './identity/identity-provider';
export { type CatalogProcess, type PeerProcess, startAccessProcess, startCatalogProcess } from './process/peer-process';
export { type ServiceAppSpec, type ServiceHarness, startServiceApp } from './process/service-app';
export { type FeedAnswer, type FeedItem, readFeed, readWholeFeed } from './events/feed';
export { actorGroups, badAdminTokens, committedOpenApi, escapeRegExp, expectFieldRefused, expectMatrixCovers, expectRefusal, expectServedMatrixCovers, expectStatus, type HttpMethod, type MassAssignmentCase, type MatrixOperation, type MatrixProblem, type MatrixService, matrixCells, matrixGaps, matrixLabel, type OpenApiDocument, operationsOf, restoreEnv } from './authz/matrix';
