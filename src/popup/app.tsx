import { useEffect, useState } from "preact/hooks";
import type { AnalysisSummary, TabState } from "../protocol/results.ts";
import { PAGE_REPORT_ID } from "../core/conflict/types.ts";
import { direction, safeHref, t, tCount, uiLanguage } from "../ui/i18n.ts";
import { ConflictList } from "./components/conflict-list.tsx";
import { RelatedList } from "./components/related-list.tsx";
import { AgreementList } from "./components/agreement-list.tsx";
import { UpdateList } from "./components/update-list.tsx";
import { EventHeader } from "./components/event-header.tsx";
import { analyseTab, correct, currentTabId, settledState, tabState, undoCorrections } from "./connect.ts";
import { conflictKey, type Correction } from "../protocol/corrections.ts";

/** Marked once, when the popup first shows an answer rather than «analysing…». */
const READY_MARK = "sada:popup-ready";

type View = { state: "loading" } | { state: "error"; message: string } | { state: "no-tab" } | { state: "tab"; tabId: number; tab: TabState };

/** What the reader can do about the answer: correct it, or take their corrections back. */
interface Actions {
  correct: (c: Correction) => void;
  undo: () => void;
}

/** The popup: the event, its conflicting details first, then the related coverage. */
export function App() {
  const [view, setView] = useState<View>({ state: "loading" });
  useEffect(() => {
    void load().then(setView, (e: unknown) => setView({ state: "error", message: e instanceof Error ? e.message : String(e) }));
  }, []);
  const dataState = view.state === "tab" ? dataStateOf(view.tab) : view.state === "no-tab" ? "error" : view.state;
  const settle = (work: Promise<TabState | null>, tabId: number) =>
    void work.then(
      (tab) => setView(tab ? { state: "tab", tabId, tab } : { state: "error", message: t("stateNoTab") }),
      (e: unknown) => setView({ state: "error", message: e instanceof Error ? e.message : String(e) }),
    );
  const actions: Actions | null =
    view.state === "tab" ? { correct: (c) => settle(correct(view.tabId, c), view.tabId), undo: () => settle(undoCorrections(view.tabId), view.tabId) } : null;
  useEffect(() => {
    // for the figures (popup first render), and visible in the browser's performance panel
    if (dataState !== "loading" && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [dataState]);
  return (
    <main id="sada-popup" dir={direction()} lang={uiLanguage()} data-state={dataState} aria-busy={view.state === "loading"}>
      <header>
        <h1>{t("extName")}</h1>
      </header>
      <Body view={view} actions={actions} />
      <footer>{t("creditsLine")}</footer>
    </main>
  );
}

async function load(): Promise<View> {
  const tabId = await currentTabId();
  if (tabId === undefined) return { state: "no-tab" };
  let state = await tabState(tabId);
  if (state === null) {
    await analyseTab(tabId);
  }
  if (state === null || state.status === "analysing") state = await settledState(tabId);
  return state ? { state: "tab", tabId, tab: state } : { state: "error", message: t("stateNoTab") };
}

function dataStateOf(tab: TabState): string {
  if (tab.status === "not-readerable") return "not-arabic";
  if (tab.status === "analysing") return "loading";
  return tab.status;
}

function Body({ view, actions }: { view: View; actions: Actions | null }) {
  if (view.state === "loading") return <p role="status">{t("stateLoading")}</p>;
  if (view.state === "no-tab") return <p role="status">{t("stateNoTab")}</p>;
  if (view.state === "error") return <p role="alert">{t("stateError", view.message)}</p>;
  const tab = view.tab;
  switch (tab.status) {
    case "analysing":
      return <p role="status">{t("stateLoading")}</p>;
    case "not-arabic":
      return <p role="status">{t("stateNotArabic")}</p>;
    case "not-readerable":
      return <p role="status">{t("stateNotReadable")}</p>;
    case "error":
      return <p role="alert">{t("stateError", tab.message)}</p>;
    case "no-match":
      return tab.summary.corrected?.wrongEvent ? (
        <p role="status" class="corrected">
          {t("stateWrongEvent")} <ShowAgain actions={actions} />
        </p>
      ) : (
        <p role="status">{t("stateNoMatch")}</p>
      );
    case "ready": {
      const { summary } = tab;
      const eventId = summary.event!.id;
      const hidden = summary.corrected?.hiddenConflicts ?? 0;
      return (
        <>
          <section aria-labelledby="event-h">
            <h2 id="event-h">{t("eventHeading")}</h2>
            <EventHeader summary={summary} />
            {actions ? (
              <button id="wrong-event" type="button" class="correct" onClick={() => actions.correct({ kind: "wrong-event" })}>
                {t("wrongEvent")}
              </button>
            ) : null}
          </section>
          <section aria-labelledby="conflicts-h">
            <h2 id="conflicts-h">{t("conflictsHeading")}</h2>
            <ConflictList
              conflicts={summary.conflicts}
              selfId={summary.self ?? PAGE_REPORT_ID}
              urls={reportUrls(summary)}
              {...(actions ? { onDismiss: (c) => actions.correct({ kind: "not-a-conflict", conflict: conflictKey(eventId, c) }) } : {})}
            />
            {hidden ? (
              <p class="corrected" role="status">
                {tCount("hiddenConflicts", hidden)} <ShowAgain actions={actions} />
              </p>
            ) : null}
          </section>
          {summary.updates.length ? (
            <section aria-labelledby="updates-h">
              <h2 id="updates-h">{t("updatesHeading")}</h2>
              <UpdateList updates={summary.updates} selfId={summary.self ?? PAGE_REPORT_ID} urls={reportUrls(summary)} />
            </section>
          ) : null}
          <section aria-labelledby="agreements-h">
            <h2 id="agreements-h">{t("agreementsHeading")}</h2>
            <AgreementList agreements={summary.agreements} />
          </section>
          <section aria-labelledby="related-h">
            <h2 id="related-h">{t("relatedHeading")}</h2>
            <RelatedList related={summary.related} />
          </section>
        </>
      );
    }
  }
}

function ShowAgain({ actions }: { actions: Actions | null }) {
  return actions ? (
    <button id="show-again" type="button" class="correct" onClick={actions.undo}>
      {t("showAgain")}
    </button>
  ) : null;
}

/** Each related report's address, checked as a link may be (http or https only). */
function reportUrls(summary: AnalysisSummary): Map<string, string> {
  return new Map(summary.related.flatMap((r) => {
    const href = safeHref(r.url);
    return href ? [[r.id, href] as const] : [];
  }));
}
