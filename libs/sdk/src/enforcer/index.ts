export * from './enforcer';
export * from './http';
