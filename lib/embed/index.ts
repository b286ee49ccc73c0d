export * from './protocol';
export * from './quiz';
export * from './sanitize';
export * from './snippet';
export * from './state';
