// The glossary and master-data feature: its controllers, providers and entities, registered by the app module and the database.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_ENTITIES: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_CONTROLLERS: Function[] = [];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const GLOSSARY_PROVIDERS: Function[] = [];
