import { describe, expect, it } from "vitest";
import { claimConflicts } from "./claims.ts";
import { findings } from "./compare.ts";
import { readHeadline, type ReportDetails } from "./report-details.ts";

/** A report that is only its headline: what claimConflicts reads. */
const report = (id: string, source: string, headline: string, published?: string): ReportDetails => ({
  id, source, ...(published ? { published } : {}), people: [], counts: [], places: [], headline: readHeadline(headline),
});
/** The conflicts of two headlines from two outlets, as "slot: value «words» / …". */
function between(a: string, b: string, times: [string, string] | [] = []): string[] {
  return claimConflicts([report("a", "outlet-a", a, times[0]), report("b", "outlet-b", b, times[1])]).map(
    (c) => `${c.slot}: ${c.values.map((v) => `${v.value.slice(6)} «${v.text}»`).join(" / ")}`,
  );
}

// [label, headline a, headline b, conflicts expected]
const CASES: [string, string, string, string[]][] = [
  ["a price up against down", "الذهب يرتفع مع تصريحات ترامب حول كوريا الشمالية", "الذهب يتراجع مع تصريحات ترامب حول كوريا الشمالية", ["direction: rose «الذهب يرتفع» / fell «الذهب يتراجع»"]],
  ["a verb against a noun of the other pole", "أسعار النفط ترتفع.. وبرنت يقترب من 80 دولارا", "انخفاض آخر على أسعار النفط عالميا", ["direction: rose «النفط ترتفع» / fell «انخفاض آخر على أسعار النفط»"]],
  ["two subjects moving, each against its opposite", "الذهب يرتفع مع هبوط الدولار لأدنى مستوياته", "انخفاض على أسعار الذهب مع ارتفاع في قيمة الدولار", [
    "direction: rose «الذهب يرتفع» / fell «انخفاض على أسعار الذهب»",
    "direction: fell «هبوط الدولار» / rose «ارتفاع في قيمة الدولار»",
  ]],
  ["held against freed", "السلطات السعودية تعتقل 7 ناشطين بينهم 3 نساء", "السعودية تفرج عن 7 ناشطين", ["custody: held «تعتقل 7 ناشطين» / freed «تفرج عن 7 ناشطين»"]],
  ["a prison term against an acquittal", "حكم بحبس هشام جنينة خمس سنوات", "مصر: براءة هشام جنينة", ["custody: held «بحبس هشام جنينة» / freed «براءة هشام جنينة»"]],
  ["an arrest said to have failed", "إيران تقبض على 22 شخصا يشتبه في ضلوعهم بهجوم الأهواز", "إيران تفشل فى القبض على المتورطين في هجوم الأهواز", ["happened: denied «تفشل فى القبض» / happened «إيران تقبض»"]],
  ["an attack said to have failed", "مقتل 26 شخصا على الأقل في هجوم انتحاري بكابول", "فشل هجوم انتحارى فى كابول", ["happened: denied «فشل هجوم» / happened «هجوم انتحاري»"]],
  ["a denial against the report it denies", "تسمم ١٤ سعوديا في مشهد الإيرانية", "القنصل الحمراني ينفي تسمم مواطنين في مشهد الإيرانية", ["happened: denied «ينفي تسمم» / happened «تسمم ١٤ سعوديا في مشهد»"]],
  ["a detention denied against the detention", "الأمن ينفي توقيف الناشط محمد العتيبي", "توقيف الناشط محمد العتيبي في الرياض", ["happened: denied «ينفي توقيف» / happened «توقيف الناشط»"]],
  ["«لا صحة لـ» denies what follows", "الكويت: لا صحة لمنع السعوديين من دخول الكويت", "منع العزاب السعوديين من دخول الكويت", ["happened: denied «لا صحة لمنع» / happened «منع العزاب السعوديين»"]],
  ["a refusal against its refuser doing it", "قطر تدعم اقتصاد تركيا باستثمارات مباشرة بقيمة 15 مليار دولار", "قطر ترفض دعم تركيا باستثمارات جديدة", ["happened: denied «ترفض دعم» / happened «قطر تدعم»"]],
  ["held, told with those who hold first", "اعتقلت السلطات السعودية 7 ناشطين بينهم 3 نساء", "السعودية تفرج عن 7 ناشطين", ["custody: held «اعتقلت السلطات السعودية 7 ناشطين» / freed «تفرج عن 7 ناشطين»"]],
  ["«لا تزال» goes on, it does not negate", "الليرة التركية لا تزال تنهار أمام الدولار", "الليرة التركية ترتفع أمام الدولار", ["direction: fell «الليرة التركية لا تزال تنهار» / rose «الليرة التركية ترتفع»"]],
  ["«ولا تزال» opening the headline goes on too", "ولا تزال السعودية تعتقل 9 ناشطين بينهم 4 سيدات", "السعودية تفرج عن 9 ناشطين", ["custody: held «تعتقل 9 ناشطين» / freed «تفرج عن 9 ناشطين»"]],
  ["a move recorded by a verb is of what stands before it", "وول ستريت تسجل أكبر خسائر في 6 أسابيع", "مكاسب في وول ستريت في الأسابيع الستة الأخيرة", ["direction: fell «وول ستريت تسجل أكبر خسائر» / rose «مكاسب في وول ستريت»"]],
  ["an arrest announced, said to have failed", "إيران تعلن القبض على 22 شخصا يشتبه بتورطهم", "إيران تفشل فى القبض على المتورطين في هجوم الأهواز", ["happened: denied «تفشل فى القبض» / happened «إيران تعلن القبض»"]],
  ["a refusal against its refuser announcing the act", "روسيا تعلن تطوير الدفاع الجوي السوري بصواريخ أس 300", "روسيا ترفض تطوير الدفاع الجوي السوري", ["happened: denied «ترفض تطوير» / happened «روسيا تعلن تطوير»"]],
  ["a failure against the act, its actor a phrase of two words", "عائلة مستوطن تحصل على مليون دولار بعد طعنه", "عائلة مستوطن تفشل فى الحصول على تعويض بعد طعنه", ["happened: denied «تفشل فى الحصول» / happened «عائلة مستوطن تحصل»"]],
  ["a refusal against its verb, a root with a weak letter", "السعودية تشيد دارا للأوبرا بتكلفة 64 مليار دولار", "السعودية ترفض تشييد دار للأوبرا", ["happened: denied «ترفض تشييد» / happened «السعودية تشيد»"]],
  // false positives: no conflict
  ["a failure against another's announced act", "العراق يعلن القبض على 3 متهمين", "إيران تفشل في القبض على المتورطين في هجوم الأهواز", []],
  ["a recorded move whose own subject follows it", "السعودية تسجل ارتفاع أسعار النفط", "انخفاض أسعار الأسهم السعودية", []],
  ["a refusal of another's act says it happened", "مصر ترفض التدخل التركي في ليبيا", "تدخل تركي في ليبيا", []],
  ["a refusal against the action's words, its refuser not the actor", "قطر ترفض دعم تركيا", "السعودية تدعم تركيا باستثمارات", []],
  ["one thing left, another went on", "انسحاب القوات من مدينة تكريت", "استمرار الأمطار على مدينة جدة", []],
  ["a ceasefire is no denial of the shooting", "وقف إطلاق النار في عدن", "إطلاق النار على دورية في عدن", []],
  ["a stop says the action happened", "توقف القصف على غزة", "قصف إسرائيلي على غزة", []],
  ["«توقف» with a definite object detains", "الشرطة المغربية توقف المتهم بقتل السائحتين", "المتهم بقتل السائحتين يمثل أمام المحكمة", []],
  ["a release refused frees nobody", "المحكمة ترفض إطلاق سراح المتهم بقتل الطالب", "اعتقال المتهم بقتل الطالب", []],
  ["a price in dollars and the dollar itself", "الذهب يرتفع 20 دولارا", "الدولار يتراجع", []],
  ["a nisba is no head: Saudi shares and Saudi exports", "الأسهم السعودية تتراجع", "ارتفاع صادرات السعودية", []],
  ["a man backs down while his popularity rises", "ترامب يتراجع عن تهديده", "شعبية ترامب ترتفع", []],
  ["one figure is no subject", "اعتقال 5 أشخاص في الرياض", "الإفراج عن 5 صيادين", []],
  ["output and prices of one good", "انخفاض إنتاج النفط", "ارتفاع أسعار النفط السعودي", []],
  ["a rumour asserts nothing", "التحالف ينفي اعتقال مفتي داعش", "أنباء عن اعتقال مفتي داعش", []],
  ["a question asserts nothing", "هل ترتفع أسعار النفط؟", "انخفاض أسعار النفط", []],
  ["a failure told as the time of something else", "المعارضة تعود بعد فشل المحادثات في جنيف", "المحادثات في جنيف تنطلق اليوم", []],
  ["the denial's actor in another clause", "تركيا تفشل في القبض على المشتبه به", "تركيا: القبض على رجل", []],
  ["the denial's actor after the action is no subject of it", "رئاسة الحرمين تنفي وجود مشروعات متعثرة", "اختتام البرنامج التأهيلي لإدارة المشاريع برئاسة شؤون الحرمين", []],
  ["one head, two qualifiers: two currencies", "الدولار الأسترالي يهبط لأدنى مستوى في 6 سنوات", "ارتفاع الدولار الأمريكي وسط بيانات عن ضعف النمو", []],
  ["a team that goes on training has not stayed", "هجر يغادر الخميس إلى تركيا", "هجر يواصل تدريباته اليومية", []],
  ["a withdrawal from one place and a stay in another", "انسحاب القوات الروسية من سوريا", "بقاء القوات الروسية في قاعدة حميميم", []],
  ["an attempt that failed against the attempt", "فشل محاولة الانقلاب في تركيا", "محاولة انقلاب عسكري في تركيا", []],
  ["a headline that tells the earlier move too", "أسعار النفط تتراجع بعد ارتفاعها", "أسعار النفط ترتفع", []],
  ["a release that tells the arrest too", "الإفراج عن الصحفي بعد 3 أيام من اعتقاله", "اعتقال الصحفي", []],
  ["a dismissal asserts nothing", "وزير التعليم ينفي تأجيل الدراسة إلى ما بعد الحج", "التعليم: ما يتم تداوله عن تأجيل الدراسة غير صحيح", []],
  ["a rumour three words off asserts nothing", "طالبان تنفي وفاة مؤسس شبكة حقاني", "أنباء متضاربة عن وفاة مؤسس شبكة حقاني", []],
  ["different subjects move apart", "الذهب يرتفع مع تراجع الدولار", "الذهب يرتفع مع تراجع النفط", []],
  ["the same move in other words", "النفط يهبط لمستوى قياسي", "تراجع أسعار النفط", []],
  ["profits of different companies", "ارتفاع أرباح الجزيرة تكافل 116 %", "تراجع صافي أرباح سابك بنسبة 21.63%", []],
  ["both deny, in their own words", "تونس تقول إنه ليس لديها خطط لإعادة حارس بن لادن", "تونس تنفى وجود خطط لإعادة حارس بن لادن", []],
  ["a denial and a paraphrase that also denies", "محمد بن سلمان ينفي لترامب معرفته بمصير الصحفي", "نفى محمد بن سلمان لترامب معرفته بمصير الصحفي", []],
  ["a denial of an action the other report never names", "رئاسة الحرمين تنفي وجود مشروعات متعثرة", "ختام البرنامج التأهيلي لإدارة المشاريع الاحترافية برئاسة شئون الحرمين", []],
  ["a hostage held, and efforts to free him", "مصر تقوم بجهود مكثفة للتعرف على مكان احتجاز الرهينة الكرواتي", "شكري يلتقي نظيرته الكرواتية لمتابعة جهود الإفراج عن الرهينة", []],
  ["a drone is not a denial", "فيسبوك تصنع طائرة بدون طيار لتوصيل الإنترنت", "فيسبوك تختبر أول طائرة بلا طيار هذا العام", []],
  ["a stop written as a suspension", "العبادي يوقف وزير الكهرباء عن العمل بعد احتجاجات", "إيقاف وزير الكهرباء عن العمل بعد احتجاجات شعبية", []],
];

describe("claimConflicts", () => {
  it.each(CASES)("%s", (_label, a, b, expected) => {
    expect(between(a, b)).toEqual(expected);
  });

  it("leaves apart a price that moved the other way hours later (an update, not a contradiction)", () => {
    const [a, b] = ["الذهب يرتفع مع هبوط الدولار", "الذهب يتراجع ويقترب من أدنى مستوى"];
    expect(between(a, b, ["2015-07-27T08:00:00Z", "2015-07-27T12:00:00Z"])).toHaveLength(1);
    expect(between(a, b, ["2015-07-27T08:00:00Z", "2015-07-27T18:00:00Z"])).toEqual([]);
  });

  it("leaves apart an arrest and a release a few days later", () => {
    const [a, b] = ["السلطات تعتقل الناشط محمد العتيبي", "السلطات تفرج عن الناشط محمد العتيبي"];
    expect(between(a, b, ["2015-07-20T08:00:00Z", "2015-07-20T20:00:00Z"])).toHaveLength(1);
    expect(between(a, b, ["2015-07-20T08:00:00Z", "2015-07-23T08:00:00Z"])).toEqual([]);
  });

  it("leaves apart a denial and an assertion days apart", () => {
    const [a, b] = ["القنصل ينفي تسمم مواطنين في مشهد", "تسمم 14 سعوديا في مشهد"];
    expect(between(a, b, ["2015-07-24T06:00:00Z", "2015-07-24T09:00:00Z"])).toHaveLength(1);
    expect(between(a, b, ["2015-07-24T06:00:00Z", "2015-07-27T09:00:00Z"])).toEqual([]);
  });

  it("places no headline in time against an undated one", () => {
    const dated = report("a", "outlet-a", "الذهب يرتفع", "2015-07-27T08:00:00Z");
    expect(claimConflicts([dated, report("b", "outlet-b", "الذهب يتراجع")])).toEqual([]);
    expect(claimConflicts([dated, report("b", "outlet-b", "الذهب يتراجع", "not a date")])).toEqual([]);
  });

  it("keeps a conflict to its time: a report days later on the same side is not pulled in", () => {
    const reports = [
      report("a", "outlet-a", "الذهب يرتفع", "2015-07-27T08:00:00Z"),
      report("b", "outlet-b", "الذهب يتراجع", "2015-07-27T12:00:00Z"),
      report("c", "outlet-c", "الذهب يرتفع", "2015-07-30T08:00:00Z"),
    ];
    const [c, ...rest] = claimConflicts(reports);
    expect(rest).toEqual([]);
    expect(c!.values.map((v) => v.report).sort()).toEqual(["a", "b"]);
  });

  it("gives one conflict per denied action, with every denial and assertion of it", () => {
    const reports = [
      report("a", "outlet-a", "القنصل ينفي تسمم مواطنين في مشهد"),
      report("b", "outlet-b", "الخارجية تنفي تسمم مواطنين في مشهد"),
      report("c", "outlet-c", "تسمم 14 سعوديا في مشهد"),
    ];
    const conflicts = claimConflicts(reports);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.values.map((v) => `${v.report}:${v.value}`).sort()).toEqual(["a:claim:denied", "b:claim:denied", "c:claim:happened"]);
  });

  it("takes no side from a headline that tells both poles", () => {
    const both = report("a", "outlet-a", "اعتقال الناشط محمد العتيبي ثم الإفراج عن الناشط محمد العتيبي");
    expect(claimConflicts([both, report("b", "outlet-b", "الإفراج عن الناشط محمد العتيبي")])).toEqual([]);
  });

  it("never sets an outlet against itself, and needs outlets on two sides", () => {
    const a = report("a", "okaz", "الذهب يرتفع");
    const b = report("b", "okaz", "الذهب يتراجع");
    expect(claimConflicts([a, b])).toEqual([]);
    expect(claimConflicts([report("c", "okaz", "القنصل ينفي تسمم مواطنين في مشهد"), report("d", "okaz", "تسمم 14 سعوديا في مشهد")])).toEqual([]);
    expect(findings([a, b]).conflicts).toEqual([]);
    expect(findings([a, { ...b, source: "aawsat" }]).conflicts.map((c) => c.kind)).toEqual(["claim"]);
  });

  it("sets the page against another outlet though the page's own outlet elsewhere agrees with that one (a title without offsets)", () => {
    const reports = [report("page", "x", "الذهب يرتفع"), report("x2", "x", "الذهب يتراجع"), report("y1", "y", "الذهب يتراجع")];
    const [c, ...rest] = findings(reports).conflicts;
    expect(rest).toEqual([]);
    expect(c!.values.map((v) => `${v.report}:${v.value}`).sort()).toEqual(["page:claim:rose", "y1:claim:fell"]);
  });

  it("puts the page's side on the page: offsets past the headline's place in the text", () => {
    const text = "مقدمة\nالذهب يرتفع مع تصريحات ترامب";
    const page = { ...report("page", "page", ""), headline: readHeadline("الذهب يرتفع مع تصريحات ترامب", text.indexOf("الذهب")) };
    const [c] = claimConflicts([page, report("b", "outlet-b", "الذهب يتراجع")]);
    const mine = c!.values.find((v) => v.report === "page")!;
    expect(text.slice(mine.start, mine.end)).toBe("الذهب يرتفع");
    expect(c!.values.find((v) => v.report === "b")!.start).toBeUndefined();
  });
});
