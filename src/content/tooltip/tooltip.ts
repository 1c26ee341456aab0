import type { PageMark } from "../highlight/page-marks.ts";
import { t } from "../../ui/i18n.ts";
import { cleanText } from "./clean-text.ts";
import { fillCard, type CardContext } from "./card.ts";
import { createOverlay, TIP_ID, type Overlay } from "./overlay.ts";

export interface Marked {
  mark: PageMark;
  range: Range;
}

/** What test builds report about the tooltip (test-hooks.ts); production never exposes it. */
export interface TooltipState {
  open: boolean;
  openedBy: "hover" | "focus" | null;
  spots: number;
  focusedSpot: number;
  lang: string;
  dir: string;
  /** our style sheet applies inside the closed root (the card is laid out as a fixed layer) */
  styled: boolean;
  text: string;
  values: { value: string; outlets: string[]; quotes: string[] }[];
}

const GAP = 6;
const EDGE = 8;

/**
 * Hotspots and the tooltip. Hover is found by hit-testing the mouse against the ranges'
 * rects (the hotspots let the pointer through, so the page stays clickable); keyboard
 * users Tab to a hotspot and focus opens the tooltip. Everything is torn down by `signal`.
 */
export function installTooltip(doc: Document, marked: readonly Marked[], ctx: CardContext, signal: AbortSignal): () => TooltipState {
  const win = doc.defaultView!;
  const overlay = createOverlay(doc, signal);
  const spots = marked.map((m, i) => makeSpot(overlay, m, i));
  let current = -1;
  /** closed with Escape under the pointer: stays closed until the pointer leaves it */
  let dismissed = -1;
  let openedBy: "hover" | "focus" | null = null;

  const open = (i: number, by: "hover" | "focus") => {
    const m = marked[i];
    if (!m) return;
    if (current !== i) fillCard(overlay.tip, m.mark, ctx);
    current = i;
    openedBy = by;
    overlay.tip.hidden = false;
    placeTip();
  };
  const close = () => {
    current = -1;
    openedBy = null;
    overlay.tip.hidden = true;
  };

  /** Tooltip under the range (above when there is no room), kept inside the viewport. */
  const placeTip = () => {
    const r = marked[current]?.range.getClientRects()[0];
    if (!r || overlay.tip.hidden) return;
    const tip = overlay.tip;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const rtl = tip.dir === "rtl";
    let left = rtl ? r.right - w : r.left;
    left = Math.max(EDGE, Math.min(left, win.innerWidth - w - EDGE));
    let top = r.bottom + GAP;
    if (top + h > win.innerHeight - EDGE && r.top - GAP - h >= EDGE) top = r.top - GAP - h;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };

  /** Hotspots in the host's coordinates: absolute, so they scroll with the text. */
  const placeSpots = () => {
    const origin = overlay.host.getBoundingClientRect();
    marked.forEach((m, i) => {
      const r = m.range.getBoundingClientRect();
      const s = spots[i]!.style;
      s.left = `${r.left - origin.left}px`;
      s.top = `${r.top - origin.top}px`;
      s.width = `${r.width}px`;
      s.height = `${r.height}px`;
    });
  };

  const frame = coalesce(win);
  // Reading geometry now would force the page's pending layout into our task (600 ms
  // on a 10 MB page in Firefox); two frames on, the browser has laid the page out.
  win.requestAnimationFrame(() => frame("layout", placeSpots));

  spots.forEach((spot, i) => {
    spot.addEventListener(
      "focus",
      () => {
        placeSpots();
        open(i, "focus");
      },
      { signal },
    );
    spot.addEventListener("blur", () => openedBy === "focus" && close(), { signal });
  });

  // Escape closes. Untrusted events are accepted here: closing is all they can do.
  doc.addEventListener(
    "keydown",
    (e) => {
      if (e.key !== "Escape" || current < 0) return;
      if (openedBy === "hover") dismissed = current;
      close();
    },
    { capture: true, signal },
  );

  let mouse: { x: number; y: number; overTip: boolean } | null = null;
  // a short grace period, so the pointer can cross the gap from the words to the tooltip
  let closing: number | undefined;
  const cancelClose = () => win.clearTimeout(closing);
  signal.addEventListener("abort", cancelClose, { once: true });
  const hitTest = () => {
    if (!mouse) return;
    cancelClose();
    if (mouse.overTip && current >= 0) return;
    const { x, y } = mouse;
    const i = marked.findIndex((m) => Array.from(m.range.getClientRects()).some((r) => inside(r, x, y)));
    if (i !== dismissed) dismissed = -1;
    if (i >= 0) {
      if (current !== i && i !== dismissed) open(i, "hover");
    } else if (openedBy === "hover") closing = win.setTimeout(close, 250);
  };
  doc.addEventListener(
    "mousemove",
    (e) => {
      if (!e.isTrusted) return; // a page's synthetic events do not drive our UI
      mouse = { x: e.clientX, y: e.clientY, overTip: e.composedPath().includes(overlay.host) };
      frame("hit", hitTest);
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    "mouseout",
    (e) => {
      if (e.isTrusted && !e.relatedTarget && openedBy === "hover") close();
    },
    { passive: true, signal },
  );
  const relayout = () =>
    frame("layout", () => {
      placeSpots();
      placeTip();
    });
  win.addEventListener("scroll", relayout, { passive: true, capture: true, signal });
  win.addEventListener("resize", relayout, { passive: true, signal });

  return () => describe(overlay, spots, current, openedBy);
}

function makeSpot(o: Overlay, m: Marked, i: number): HTMLElement {
  const spot = o.host.ownerDocument.createElement("div");
  spot.className = "spot";
  spot.tabIndex = 0;
  spot.setAttribute("role", "button");
  spot.setAttribute("aria-label", t(m.mark.kind === "conflict" ? "conflictHotspot" : "confirmedHotspot", cleanText(m.mark.span.text, 120)));
  spot.setAttribute("aria-describedby", TIP_ID);
  spot.dataset.index = String(i);
  o.spots.append(spot);
  return spot;
}

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** One requestAnimationFrame per key, however many events arrive in between. */
function coalesce(win: Window) {
  const pending = new Set<string>();
  return (key: string, fn: () => void) => {
    if (pending.has(key)) return;
    pending.add(key);
    win.requestAnimationFrame(() => {
      pending.delete(key);
      fn();
    });
  };
}

function describe(o: Overlay, spots: HTMLElement[], current: number, openedBy: "hover" | "focus" | null): TooltipState {
  return {
    open: current >= 0 && !o.tip.hidden,
    openedBy,
    spots: spots.length,
    focusedSpot: spots.findIndex((s) => o.root.activeElement === s),
    lang: o.tip.lang,
    dir: o.tip.dir,
    styled: o.tip.ownerDocument.defaultView?.getComputedStyle(o.tip).position === "fixed",
    text: o.tip.hidden ? "" : (o.tip.textContent ?? ""),
    values: Array.from(o.tip.querySelectorAll<HTMLElement>(".value"), (v) => ({
      value: v.dataset.value ?? "",
      outlets: Array.from(v.querySelectorAll(".outlet"), (e) => e.textContent ?? ""),
      quotes: Array.from(v.querySelectorAll("q"), (e) => e.textContent ?? ""),
    })),
  };
}
