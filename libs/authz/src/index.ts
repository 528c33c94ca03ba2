export * from './actions';
export * from './actor';
export * from './ability';
export * from './packed';
export * from './decision';
