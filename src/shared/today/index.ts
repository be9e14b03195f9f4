export * from './calendar';
export * from './rules';
export * from './settings';
export * from './today';
