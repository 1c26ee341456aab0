import type { Agreement } from "../../core/conflict/types.ts";
import { formatNumber, t } from "../../ui/i18n.ts";
import { slotLabel } from "./slot-label.ts";

/** Details that several outlets give alike. */
export function AgreementList({ agreements }: { agreements: Agreement[] }) {
  if (agreements.length === 0) return <p class="empty">{t("noAgreements")}</p>;
  return (
    <ul id="agreements" class="agreements">
      {agreements.map((a) => (
        <li key={`${a.kind}:${a.slot}`} data-kind={a.kind} data-slot={a.slot}>
          <span class="slot">{slotLabel(a.kind, a.slot)}:</span> <bdi class="value">{a.value}</bdi>{" "}
          <span class="meta">{t("confirmedBy", formatNumber(a.reports.length))}</span>
        </li>
      ))}
    </ul>
  );
}
