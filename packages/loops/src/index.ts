/**
 * @packageDocumentation
 * @motionreg/loops (being built).
 */
export {};
