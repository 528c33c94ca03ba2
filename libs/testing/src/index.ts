export { createTestDatabase, testAdminUrl, type TestDatabase } from './database/test-database';
export { startServiceProcess, type ServiceProcess, type ServiceProcessOptions } from './process/service-process';
export { TEST_AUDIENCE, TEST_ISSUER, type TeamClaim, type TestActor, TestIdentityProvider, type TokenSubject } from './identity/identity-provider';
export { type CatalogProcess, startCatalogProcess } from './process/catalog-process';
export { type ServiceAppSpec, type ServiceHarness, startServiceApp } from './process/service-app';
export { type FeedAnswer, type FeedItem, readFeed, readWholeFeed } from './events/feed';
export { committedOpenApi, escapeRegExp, expectFieldRefused, expectMatrixCovers, expectRefusal, expectStatus, type HttpMethod, type MassAssignmentCase, type MatrixOperation, type MatrixProblem, type MatrixService, matrixGaps, type OpenApiDocument, operationsOf } from './authz/matrix';
