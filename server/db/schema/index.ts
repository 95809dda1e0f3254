export * from './accounts';
export * from './api-keys';
export * from './sessions';
export * from './users';
