// Every migration, in order. Migrations are never edited after they land.
export const MIGRATIONS = [];
