import { useEffect, useState } from "preact/hooks";
import { t, tCount } from "../../ui/i18n.ts";
import { clearCorrections, correctionCount, onCorrectionsChanged } from "../connect.ts";

/** The reader's corrections from the popup: how many, and forgetting them all. */
export function CorrectionsPanel({ onError }: { onError: (e: unknown) => void }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const refresh = () => void correctionCount().then(setCount, onError);
    refresh();
    return onCorrectionsChanged(refresh);
  }, []);
  if (count === null) return null;
  return (
    <>
      <p>{t("optCorrectionsHelp")}</p>
      <p id="corrections-count" data-count={count} role="status">
        {tCount("correctionsCount", count)}
      </p>
      <button id="corrections-clear" type="button" disabled={count === 0} onClick={() => void clearCorrections().then(setCount, onError)}>
        {t("clearCorrections")}
      </button>
    </>
  );
}
