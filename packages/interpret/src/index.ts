/**
 * @packageDocumentation
 * @motionreg/interpret (being built; see the package README).
 */
export {};
