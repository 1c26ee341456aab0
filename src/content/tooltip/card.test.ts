import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import type { Agreement, Conflict } from "../../core/conflict/types.ts";
import type { PageMark } from "../highlight/page-marks.ts";
import { fillCard } from "./card.ts";

vi.mock("webextension-polyfill", () => ({
  default: { i18n: { getMessage: (key: string) => ({ thisPage: "هذه الصفحة", conflictsHeading: "تفاصيل متضاربة", slot_person: "الاسم" })[key] ?? "", getUILanguage: () => "ar" } },
}));

const PAYLOADS = ['<img src=x onerror="alert(1)">', "<script>alert(2)</script>", "<svg onload=alert(3)>"];

const conflict = (quote: string, value = "جيمس أوستن"): Conflict => ({
  kind: "person",
  slot: "defense_minister:US",
  severity: "fact",
  values: [
    { value, text: value, quote, report: "seed-001", source: "unknown", start: 0, end: 10 },
    { value: "لويد أوستن", text: "لويد أوستن", quote: "أجرى وزير الدفاع الأميركي، لويد أوستن، اتصالا", report: "seed-000", source: "aawsat" },
  ],
});

const SOURCES: Record<string, string> = { "seed-000": "aawsat", "seed-002": "almustakillah.com" };

function render(mark: PageMark): HTMLElement {
  const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
  const tip = document.querySelector("div") as unknown as HTMLElement;
  fillCard(tip, mark, { selfId: "seed-001", sourceOf: (id) => SOURCES[id] });
  return tip;
}
const card = (c: Conflict) => render({ kind: "conflict", conflict: c, value: c.values[0]!, span: { start: 0, end: 10, text: c.values[0]!.text } });

describe("fillCard", () => {
  it("lists each value with the outlets that give it, the page's own as «this page»", () => {
    const tip = card(conflict("قال جيمس أوستن"));
    const values = Array.from(tip.querySelectorAll(".value"), (v) => ({
      value: v.querySelector("strong")!.textContent,
      outlets: Array.from(v.querySelectorAll(".outlet"), (o) => o.textContent),
    }));
    expect(values).toEqual([
      { value: "جيمس أوستن", outlets: ["هذه الصفحة"] },
      { value: "لويد أوستن", outlets: ["الشرق الأوسط"] },
    ]);
    for (const q of Array.from(tip.querySelectorAll("q, strong"))) expect(q.getAttribute("dir")).toBe("auto");
  });

  it("for a confirmed detail, names the value and the other outlets that give it, not this page", () => {
    const agreement: Agreement = { kind: "count", slot: "injured", value: "≥5", reports: ["seed-001", "seed-000", "seed-002"], voices: 3 };
    const tip = render({ kind: "confirmed", agreement, span: { start: 0, end: 4, text: "خمسة" } });
    expect(tip.querySelector(".head")!.classList.contains("confirmed")).toBe(true);
    expect(Array.from(tip.querySelectorAll(".outlet"), (o) => o.textContent)).toEqual(["الشرق الأوسط", "وكالة الصحافة المستقلة"]);
    expect(tip.querySelector(".value")!.getAttribute("data-value")).toBe("≥5");
  });

  it.each(PAYLOADS)("shows %s as text and creates no element from it (S1)", (payload) => {
    const tip = card(conflict(`قال جيمس أوستن ${payload} اليوم`, `جيمس ${payload}`));
    expect(tip.querySelectorAll("img, script, svg, iframe, object").length).toBe(0);
    expect(tip.textContent).toContain(payload);
  });

  it("drops bidi controls and zero-width characters from everything it shows (S10)", () => {
    const tip = card(conflict("قال \u202Eجيمس\u200B أوستن\u202C اليوم", "\u2067جيمس أوستن\u2069"));
    expect(tip.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u061C]/);
    expect(tip.textContent).toContain("جيمس أوستن");
  });
});
