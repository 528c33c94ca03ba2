export { createTestDatabase, testAdminUrl, type TestDatabase } from './database/test-database';
