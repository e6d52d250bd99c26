// Compile-time checks that a contract type and the domain type it describes are the same type:
// `export type _X = Assert<Equal<Static<typeof X>, DomainX>>` fails tsc when either drifts.

/** True when A and B are identical types (not merely assignable one to the other). */
export type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;

/** Accepts only `true`: `Assert<Equal<A, B>>` is a type error when A and B differ. */
export type Assert<Condition extends true> = Condition;
