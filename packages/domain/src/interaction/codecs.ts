import type * as t from 'io-ts';
import { oneOf } from '../shared/primitives';

export const Direction = oneOf(['inbound', 'outbound'], 'Direction');
export type Direction = t.TypeOf<typeof Direction>;
