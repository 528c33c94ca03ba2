// The policies feature: its controllers, providers and entities, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const POLICY_ENTITIES: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const POLICY_CONTROLLERS: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const POLICY_PROVIDERS: Function[] = [];
