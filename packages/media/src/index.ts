/**
 * @packageDocumentation
 * @motionreg/media (being built; see the package README).
 */
export {};
