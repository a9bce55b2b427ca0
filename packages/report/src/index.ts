/**
 * @packageDocumentation
 * @motionreg/report (being built).
 */
export {};
