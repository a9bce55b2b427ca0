/**
 * @packageDocumentation
 * @motionreg/render (being built; see the package README).
 */
export {};
