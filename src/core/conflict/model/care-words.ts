/**
 * Words that tell which of the injured a figure counts, after it in its clause: those still
 * in care («24 مصابا يتلقون العلاج», «لا يزالون في المستشفى», «المنومين») or those sent home
 * («غادروا المستشفى», «تماثلوا للشفاء»). Either is a part of all the injured («استقبلت 40
 * مصاباً»), not another count of them (ARABIC.md §7: sub-slots). Words as written in news text.
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
export const CARE_STATES = {
  in_care: ["يتلقون", "يتلقى", "يتلقين", "يرقدون", "يرقد", "منومين", "منوم", "يزالون", "زالوا", "يخضعون", "باقين", "الباقين", "المتبقين", "تبقى"],
  discharged: ["غادروا", "غادر", "غادرن", "خرجوا", "خروج", "تماثلوا", "تعافوا", "تعافى"],
} as const;
