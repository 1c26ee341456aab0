import { request } from "../protocol/client.ts";
import type { DbInfo } from "../protocol/results.ts";

/** The options page's only door to the browser. */
export async function databaseInfo(): Promise<DbInfo> {
  const reply = await request({ type: "options-bg/get-db-info" });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}
