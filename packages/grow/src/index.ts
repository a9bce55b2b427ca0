/**
 * @packageDocumentation
 * @motionreg/grow (being built; see the package README).
 */
export {};
