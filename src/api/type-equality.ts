// Compile-time checks that a schema's derived type and a domain type are the same, so drift fails tsc.
// Usage: `type _Check = Assert<Equal<Static<typeof X>, DomainX>>;`

/** `true` when A and B are the same type (not merely assignable either way). */
export type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;

/** Compiles only for `true`. */
export type Assert<T extends true> = T;
