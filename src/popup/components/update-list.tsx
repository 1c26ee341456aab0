import type { TollUpdate } from "../../core/conflict/types.ts";
import { slotLabel } from "../../ui/slot-label.ts";
import { valueText } from "../../ui/value-text.ts";
import { Giver, giverName } from "./giver.tsx";

/**
 * Tolls that rose from report to report, as a timeline: each figure with when and who
 * gave it, oldest first. A rising toll is news developing, not outlets disagreeing.
 */
export function UpdateList({ updates, selfId, urls }: { updates: TollUpdate[]; selfId: string; urls: ReadonlyMap<string, string> }) {
  return (
    <ul id="updates" class="updates">
      {updates.map((u, i) => (
        <li key={`${u.kind}:${u.slot}:${i}`} data-kind={u.kind} data-slot={u.slot} class="update">
          <h3>{slotLabel(u)}</h3>
          <ol class="timeline">
            {u.values.map((v) => (
              <li key={`${v.report}:${v.start ?? v.text}`} class="step" data-value={v.value}>
                <strong dir="auto">{valueText(v.value)}</strong>
                <ul class="givers">
                  <Giver v={v} name={giverName(v, selfId)} href={urls.get(v.report)} />
                </ul>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
