import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import type { Conflict } from "../../core/conflict/types.ts";
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

function card(c: Conflict): HTMLElement {
  const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
  const tip = document.querySelector("div") as unknown as HTMLElement;
  fillCard(tip, c, "seed-001");
  return tip;
}

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
