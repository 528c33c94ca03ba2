export { createTestDatabase, testAdminUrl, type TestDatabase } from './database/test-database';
export { startServiceProcess, type ServiceProcess, type ServiceProcessOptions } from './process/service-process';
