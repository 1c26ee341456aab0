import { useEffect, useState } from "preact/hooks";
import type { AnalysisSummary, TabState } from "../protocol/results.ts";
import { PAGE_REPORT_ID } from "../core/conflict/types.ts";
import { conflictKey, type Correction, type Undo } from "../protocol/corrections.ts";
import { direction, safeHref, t, tCount, uiLanguage } from "../ui/i18n.ts";
import { ConflictList } from "./components/conflict-list.tsx";
import { RelatedList } from "./components/related-list.tsx";
import { AgreementList } from "./components/agreement-list.tsx";
import { UpdateList } from "./components/update-list.tsx";
import { EventHeader } from "./components/event-header.tsx";
import { analyseTab, correct, currentTabId, settledState, tabState, undoCorrection } from "./connect.ts";

/** Marked once, when the popup first shows an answer rather than «analysing…». */
const READY_MARK = "sada:popup-ready";

type View = { state: "loading" } | { state: "error"; message: string } | { state: "no-tab" } | { state: "tab"; tabId: number; tab: TabState };

/** What the reader can do about the answer: correct it, or take a correction back. */
interface Actions {
  correct: (c: Correction) => void;
  undo: (u: Undo) => void;
  /** a correction is on its way: the buttons wait */
  busy: boolean;
}

/** The popup: the event, its conflicting details first, then the related coverage. */
export function App() {
  const [view, setView] = useState<View>({ state: "loading" });
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    void load().then(setView, (e: unknown) => setView({ state: "error", message: messageOf(e) }));
  }, []);
  const dataState = view.state === "tab" ? dataStateOf(view.tab) : view.state === "no-tab" ? "error" : view.state;
  useEffect(() => {
    // for the figures (popup first render), and visible in the browser's performance panel
    if (dataState !== "loading" && performance.getEntriesByName(READY_MARK).length === 0) performance.mark(READY_MARK);
  }, [dataState]);
  const act = (tabId: number, work: () => Promise<TabState | null>) => {
    setBusy(true);
    void work()
      .then((tab) => (tab?.status === "analysing" ? settledState(tabId) : tab))
      .then(
        (tab) => {
          setView(tab ? { state: "tab", tabId, tab } : { state: "error", message: t("stateNoTab") });
          setAnnouncement(tab ? correctionNote(tab) : "");
          // the pressed button is gone: keep the keyboard's place on what replaced it
          requestAnimationFrame(() => (document.querySelector<HTMLElement>("#show-again") ?? document.querySelector<HTMLElement>("#wrong-event"))?.focus());
        },
        (e: unknown) => setView({ state: "error", message: messageOf(e) }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <main id="sada-popup" dir={direction()} lang={uiLanguage()} data-state={dataState} aria-busy={view.state === "loading" || busy}>
      <header>
        <h1>{t("extName")}</h1>
      </header>
      {view.state === "tab" ? (
        <TabBody
          tab={view.tab}
          actions={{
            correct: (c) => act(view.tabId, () => correct(view.tabId, c)),
            undo: (u) => act(view.tabId, () => undoCorrection(view.tabId, u)),
            busy,
          }}
        />
      ) : (
        <Status view={view} />
      )}
      {/* always present, so screen readers announce what a correction changed */}
      <p id="announce" class="sr-only" role="status">
        {announcement}
      </p>
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

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What the reader's corrections hide on this tab, in words. */
function correctionNote(tab: TabState): string {
  const corrected = tab.status === "ready" || tab.status === "no-match" ? tab.summary.corrected : undefined;
  if (corrected?.wrongEvent) return t("stateWrongEvent");
  return corrected?.hiddenConflicts ? tCount("hiddenConflicts", corrected.hiddenConflicts) : "";
}

function Status({ view }: { view: Exclude<View, { state: "tab" }> }) {
  if (view.state === "loading") return <p role="status">{t("stateLoading")}</p>;
  if (view.state === "no-tab") return <p role="status">{t("stateNoTab")}</p>;
  return <p role="alert">{t("stateError", view.message)}</p>;
}

function TabBody({ tab, actions }: { tab: TabState; actions: Actions }) {
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
          {t("stateWrongEvent")} <ShowAgain actions={actions} undo="wrong-event" />
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
            <button id="wrong-event" type="button" class="correct" disabled={actions.busy} onClick={() => actions.correct({ kind: "wrong-event" })}>
              {t("wrongEvent")}
            </button>
          </section>
          <section aria-labelledby="conflicts-h">
            <h2 id="conflicts-h">{t("conflictsHeading")}</h2>
            <ConflictList
              conflicts={summary.conflicts}
              selfId={summary.self ?? PAGE_REPORT_ID}
              urls={reportUrls(summary)}
              dismiss={{ busy: actions.busy, onDismiss: (c) => actions.correct({ kind: "not-a-conflict", conflict: conflictKey(eventId, c) }) }}
            />
            {hidden ? (
              <p class="corrected">
                {tCount("hiddenConflicts", hidden)} <ShowAgain actions={actions} undo="hidden-conflicts" />
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

function ShowAgain({ actions, undo }: { actions: Actions; undo: Undo }) {
  return (
    <button id="show-again" type="button" class="correct" disabled={actions.busy} onClick={() => actions.undo(undo)}>
      {t("showAgain")}
    </button>
  );
}

/** Each related report's address, checked as a link may be (http or https only). */
function reportUrls(summary: AnalysisSummary): Map<string, string> {
  return new Map(summary.related.flatMap((r) => {
    const href = safeHref(r.url);
    return href ? [[r.id, href] as const] : [];
  }));
}
