import browser from "webextension-polyfill";
import type { Message, Reply } from "./messages.ts";
import type { ReplyOf } from "./results.ts";

/** Sends a typed request to the background; the reply's type follows from the request's. */
export async function request<M extends Message>(message: M): Promise<Reply<ReplyOf[M["type"]]>> {
  return (await browser.runtime.sendMessage(message)) as Reply<ReplyOf[M["type"]]>;
}
