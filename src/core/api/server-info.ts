import { z } from 'zod';

/** Answer of GET /api/server-info: the addresses devices on the LAN can open. */
export const ServerInfo = z.object({
  urls: z.array(z.string()),
  database: z.enum(['sqlite', 'postgres']),
  /** Whether events are forwarded to an LRS. */
  lrs: z.boolean(),
});
export type ServerInfo = z.infer<typeof ServerInfo>;
