export * from './test-database';
export * from './contract';
export { chainExample } from './chain-example';
