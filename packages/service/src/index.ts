/**
 * @packageDocumentation
 * @motionreg/service (being built).
 */
export {};
