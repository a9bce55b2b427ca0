/**
 * @packageDocumentation
 * @motionreg/loops (being built).
 */
export {};
export { openStoreUrl, storeUrlForms, type OpenStoreUrlOptions } from './store-url/open-store-url.js';
