/**
 * @packageDocumentation
 * @motionreg/extract (being built; see the package README).
 */
export {};
