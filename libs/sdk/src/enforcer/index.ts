export * from './enforcer';
export * from './http';
export * from './mesh-sources';
