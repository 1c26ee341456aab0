import browser from "webextension-polyfill";
import type { Message, Reply } from "./messages.ts";
import type { ReplyOf } from "./results.ts";

/** Sends a typed request to the background; the reply's type follows from the request's. */
export async function request<M extends Message>(message: M): Promise<Reply<ReplyOf[M["type"]]>> {
  return (await browser.runtime.sendMessage(message)) as Reply<ReplyOf[M["type"]]>;
}

/** The same for extension pages, which show a refusal as an error: its data, or a throw with the background's message. */
export async function ask<M extends Message>(message: M): Promise<ReplyOf[M["type"]]> {
  const reply = await request(message);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}
