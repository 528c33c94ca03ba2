/** Environment that jest's global setup hands to the test workers. */
export const TEST_ENV = {
  /** Admin URL of a server known up front: DATABASE_URL. */
  adminUrl: 'MESHWORK_TEST_ADMIN_URL',
  /** Set instead when the server is embedded: a POST here starts it (once) and answers with its admin URL. */
  startUrl: 'MESHWORK_TEST_PG_START_URL',
  /** Shared by the database names of one jest run, so that the run can clean up after itself. */
  runId: 'MESHWORK_TEST_RUN_ID',
} as const;

export const TEST_DATABASE_PREFIX = 'mw_test_';
