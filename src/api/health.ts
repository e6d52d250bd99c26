// Service answers: is the server alive, is it the demo, which version.
import { Type as T, type Static } from '@sinclair/typebox';

export const Health = T.Object({ status: T.String() });
export type Health = Static<typeof Health>;

export const Meta = T.Object({
  demo: T.Boolean({ description: 'демонстрационная база' }),
  version: T.Optional(T.String({ description: 'только после входа' })),
});
export type Meta = Static<typeof Meta>;
