import type { Agreement } from "../../core/conflict/types.ts";
import { t, tCount } from "../../ui/i18n.ts";
import { slotLabel } from "../../ui/slot-label.ts";
import { valueText } from "../../ui/value-text.ts";

/** Details that several outlets give alike. */
export function AgreementList({ agreements }: { agreements: Agreement[] }) {
  if (agreements.length === 0) return <p class="empty">{t("noAgreements")}</p>;
  return (
    <ul id="agreements" class="agreements">
      {agreements.map((a, i) => (
        // one slot holds several findings (soldiers' and civilians' injured, a part in one condition)
        <li key={`${a.kind}:${a.slot}:${i}`} data-kind={a.kind} data-slot={a.slot} data-value={a.value}>
          <span class="slot">{slotLabel(a)}:</span> <bdi class="value">{valueText(a.value)}</bdi>{" "}
          <span class="meta">{tCount("confirmedBy", a.voices)}</span>
        </li>
      ))}
    </ul>
  );
}
