/**
 * @packageDocumentation
 * @motionreg/client (being built; see the package README).
 */
export {};
