// One documented operation: what the OpenAPI document says of a route, its request body and
// answer given as the zod schemas the route and its clients use.
import type { ZodType } from 'zod';

export type Op = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  body?: ZodType;
  response?: ZodType;
  query?: string[];
  admin: boolean;
  binary?: string;
  header?: string;
  root?: boolean;
  open?: boolean;
  optional?: string[];
};
