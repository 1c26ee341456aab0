/**
 * Numbers that are not counts (ARABIC.md §3 "Not counts", #19, #21), match-key form:
 * designators before a number (إف-16، الفرقة 82، عيار 155، القرار 2334، الساعة 3، عام 2015)
 * and units or currencies after it (%، ملم، دولار). Ordinals need no entry: they are not
 * in number-words.ts. Source: written for Sada; no third-party data. Licence: MIT, as the project.
 */
export const DESIGNATORS_BEFORE = new Set(
  ("اف ف سو ميغ ميج تي بي الفرقه فرقه اللواء الفوج فوج الكتيبه عيار القرار قرار رقم الرقم الساعه ساعه " +
    "عام العام سنه السنه طراز المده الماده ماده البند الطريق الدوري مباراه الجوله الحلقه صفحه القانون " +
    "المرتبه المركز الدقيقه دقيقه الكيلو كيلو كم شارع الطابق نسخه اصدار موديل الحافله").split(" "),
);
export const UNITS_AFTER = new Set(
  ("ملم مم سم كم كيلومتر كيلومترا متر مترا كلغ كغ كيلوغرام طن طنا دولار دولارا يورو ريال ريالا جنيه " +
    "دينار درهم ليره بالمئه بالمئة بالمائه % عاما سنه سنوات سنة اعوام يوما ايام يوم ساعه ساعات دقيقه " +
    "دقايق دقائق شهرا اشهر اسبوعا اسابيع درجه فدان هكتار").split(" "),
);
/** Gaps that make a number part of a code or a ratio rather than a count. */
export const DESIGNATOR_GAPS = ["/", "%", ":"];
