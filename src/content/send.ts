import { request } from "../protocol/client.ts";
import type { Message } from "../protocol/messages.ts";

/**
 * One request to the background, retried once when nobody answered: a Chrome worker
 * that was stopped, or a Firefox event page still starting (RELIABILITY.md §5).
 */
export async function send<M extends Message>(message: M): ReturnType<typeof request<M>> {
  try {
    return await request(message);
  } catch (e) {
    if (!/Receiving end does not exist|Could not establish connection/i.test(String(e))) throw e;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return request(message);
  }
}
