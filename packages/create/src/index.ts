/**
 * @packageDocumentation
 * @motionreg/create (being built; see the package README).
 */
export {};
