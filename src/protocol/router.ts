import { ContentToBackground, OptionsToBackground, PopupToBackground, type ErrorCode, type Message, type Reply } from "./messages.ts";
import type { ReplyOf } from "./results.ts";

/**
 * The background's one message router: every message is validated against its
 * direction's schema and its sender checked before a handler sees it (ARCHITECTURE.md §5,
 * RELIABILITY.md T3). Content scripts may ask for analysis, never for anything else;
 * extension pages are recognised by their exact URL. Errors come back as values.
 */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterContext {
  runtimeId: string;
  /** absolute URL of an extension page, e.g. pageUrl("popup.html") */
  pageUrl: (path: string) => string;
}

export type Handlers = {
  [K in Message["type"]]: (message: Extract<Message, { type: K }>, sender: Sender & { tabId?: number }) => Promise<ReplyOf[K]>;
};

const DIRECTIONS = [
  { prefix: "cs-bg/", schema: ContentToBackground, allowed: fromContentScript },
  { prefix: "popup-bg/", schema: PopupToBackground, allowed: fromPage("popup.html") },
  { prefix: "options-bg/", schema: OptionsToBackground, allowed: fromPage("options.html") },
] as const;

export function createRouter(handlers: Handlers, ctx: RouterContext) {
  return async (message: unknown, sender: Sender): Promise<Reply<unknown>> => {
    const type = typeof message === "object" && message !== null ? (message as { type?: unknown }).type : undefined;
    const direction = typeof type === "string" ? DIRECTIONS.find((d) => type.startsWith(d.prefix)) : undefined;
    if (!direction) return fail("invalid-message", "unknown message type");
    if (!direction.allowed(sender, ctx)) return fail("forbidden-sender", `sender may not send ${type as string}`);
    const parsed = direction.schema.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail("invalid-message", `invalid ${type as string}: ${issue?.path.join(".") || "(message)"}: ${issue?.message ?? ""}`);
    }
    const handler = handlers[parsed.data.type] as (m: Message, s: Sender & { tabId?: number }) => Promise<unknown>;
    try {
      const tabId = sender.tab?.id;
      return { ok: true, data: await handler(parsed.data, tabId === undefined ? sender : { ...sender, tabId }) };
    } catch (e) {
      const code = (e as { code?: ErrorCode }).code ?? "analysis-failed";
      return fail(code, e instanceof Error ? e.message : String(e));
    }
  };
}

/** A handler's refusal with a code the other side can act on. */
export class RouteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function fail(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function fromContentScript(sender: Sender, ctx: RouterContext): boolean {
  return (
    sender.id === ctx.runtimeId &&
    sender.tab?.id !== undefined &&
    (sender.frameId ?? 0) === 0 &&
    !(sender.url ?? "").startsWith(ctx.pageUrl(""))
  );
}

function fromPage(path: string) {
  return (sender: Sender, ctx: RouterContext): boolean => {
    // the page's URL without query or fragment (the popup takes ?tab=)
    return sender.id === ctx.runtimeId && sender.url?.split(/[?#]/)[0] === ctx.pageUrl(path);
  };
}
