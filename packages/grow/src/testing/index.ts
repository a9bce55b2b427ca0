/**
 * @packageDocumentation
 * The store conformance suite.
 */
export {};
