import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [slot, min, max, span text] of every count in a sentence (figures with a unit are quantities: quantity.test.ts). */
const counts = (s: string) => extractDetails(s).counts.filter((c) => c.slot !== "quantity").map((c) => [c.slot, c.min, c.max, c.text]);

type Row = [name: string, input: string, expected: (string | number | null)[][]];

// #11 gender polarity, #12 compounds, #15 digits + noun, #20 unvocalized
const NUMBERS: Row[] = [
  ["#11 masculine noun, feminine number", "قتل خمسة جنود في الهجوم", [["killed", 5, 5, "خمسة جنود"]]],
  ["#11 feminine noun, masculine number", "أطلقت خمس طائرات مسيرة", [["projectiles_fired", 5, 5, "خمس طائرات مسيرة"]]],
  ["#12 teen", "أصيب ثلاثة عشر شخصا", [["injured", 13, 13, "ثلاثة عشر شخصا"]]],
  ["#12 feminine teen", "أطلقت إحدى عشرة قذيفة", [["projectiles_fired", 11, 11, "إحدى عشرة قذيفة"]]],
  ["#12 definite «الأحد عشر» is eleven, not Sunday and ten", "قتل الأحد عشر جنديا في الهجوم", [["killed", 11, 11, "أحد عشر جنديا"]]],
  ["#12 twelve", "قتل اثنا عشر جنديا", [["killed", 12, 12, "اثنا عشر جنديا"]]],
  ["#12 unit and ten", "سقط خمسة وعشرون قتيلا", [["killed", 25, 25, "خمسة وعشرون قتيلا"]]],
  ["#12 hundred and ten", "نزح مئة وخمسون مدنيا", [["displaced", 150, 150, "مئة وخمسون مدنيا"]]],
  ["#12 fused hundreds", "اعتقل ثلاثمائة مسلح", [["arrested", 300, 300, "ثلاثمائة مسلح"]]],
  ["#12 split hundreds", "أطلق ثلاث مئة صاروخ", [["projectiles_fired", 300, 300, "ثلاث مئة صاروخ"]]],
  ["#12 thousands", "نزوح ثلاثة آلاف شخص", [["displaced", 3000, 3000, "ثلاثة آلاف شخص"]]],
  ["#12 decimal with scale", "نزوح ٢٫٥ مليون شخص", [["displaced", 2500000, 2500000, "٢٫٥ مليون شخص"]]],
  ["#12 spoken decimal", "نزوح واحد فاصلة خمسة مليون شخص", [["displaced", 1500000, 1500000, "واحد فاصلة خمسة مليون شخص"]]],
  ["#15 digits", "أصيب 21 فرداً", [["injured", 21, 21, "21 فرداً"]]],
  ["#15 Arabic-Indic digits", "أصيب ٢١ فرداً", [["injured", 21, 21, "٢١ فرداً"]]],
  ["#15 killed noun", "سقط 3 قتلى", [["killed", 3, 3, "3 قتلى"]]],
  ["#15 injured noun", "وأسفر عن 5 جرحى", [["injured", 5, 5, "5 جرحى"]]],
  ["#15 word number", "ونقل عشرة مصابين إلى المستشفى", [["injured", 10, 10, "عشرة مصابين"]]],
  ["#20 five with a counted noun", "أصيب خمس نساء", [["injured", 5, 5, "خمس نساء"]]],
  // false positives
  ["#20 a fifth of", "أصيب خمس الطلاب بالمرض", []],
  ["#20 seven is also a lion", "رأى سبع في الغابة", []],
  ["#20 a third", "ثلث السكان", []],
  ["#12 two units are two numbers", "ثلاثة خمسة", []],
];

// #13 duals, #14 sound plurals, #16 hedges, #17 vague, #18 zero
const DUALS_AND_INTERVALS: Row[] = [
  ["the word for one after a singular is its figure, not a count of its own", "قتل جندي واحد وأصيب آخر", [["killed", 1, 1, "جندي واحد"], ["injured", 1, 1, "آخر"]]],
  ["#13 dual rockets (genitive)", "تم إطلاق صاروخين", [["projectiles_fired", 2, 2, "صاروخين"]]],
  ["#13 dual with clitic", "استهدفت القاعدة بصاروخين", [["projectiles_fired", 2, 2, "صاروخين"]]],
  ["#13 dual soldiers", "مقتل جنديين", [["killed", 2, 2, "جنديين"]]],
  ["#13 dual aircraft", "نفذتها طائرتان مقاتلتان", [["other", 2, 2, "طائرتان مقاتلتان"]]],
  ["#13 dual drones", "أسقطت مسيرتين", [["projectiles_fired", 2, 2, "مسيرتين"]]],
  ["#13 dual killed", "سقوط قتيلين وجريحين", [["killed", 2, 2, "قتيلين"], ["injured", 2, 2, "وجريحين".slice(1)]]],
  ["#13 dual sources", "وأفاد مصدران أمنيان", [["sources", 2, 2, "مصدران أمنيان"]]],
  ["#13 dual thousand", "نزوح ألفي شخص", [["displaced", 2000, 2000, "ألفي شخص"]]],
  ["#13 dual hundred", "نشر مئتي جندي", [["other", 200, 200, "مئتي جندي"]]],
  ["#13 dual million", "نزوح مليونين من السكان", [["displaced", 2000000, 2000000, "مليونين"]]],
  ["#16 at least (before)", "أصيب ما لا يقل عن خمسة جنود", [["injured", 5, null, "ما لا يقل عن خمسة جنود"]]],
  ["#16 at least (after)", "أصيب خمسة جنود على الأقل", [["injured", 5, null, "خمسة جنود على الأقل"]]],
  ["#16 more than", "قتل أكثر من 20 شخصا", [["killed", 21, null, "أكثر من 20 شخصا"]]],
  ["#16 about", "مقتل نحو 30 مدنيا", [["killed", 24, 36, "نحو 30 مدنيا"]]],
  ["#16 nearly, with «الـ»", "قرابة الـ 15 شهيدا", [["killed", 12, 18, "قرابة الـ 15 شهيدا"]]],
  ["#16 some", "مقتل زهاء 100 شخص", [["killed", 80, 120, "زهاء 100 شخص"]]],
  ["#16 less than", "إصابة أقل من 10 أشخاص", [["injured", 0, 9, "أقل من 10 أشخاص"]]],
  ["#17 tens", "سقوط عشرات الجرحى", [["injured", 20, 99, "عشرات الجرحى"]]],
  ["#17 hundreds", "بواسطة مئات الطائرات المسيرة", [["projectiles_fired", 200, 999, "مئات الطائرات المسيرة"]]],
  ["#17 a few", "أطلقت بضعة صواريخ", [["projectiles_fired", 3, 9, "بضعة صواريخ"]]],
  ["#17 a number of", "اعتقال عدد من المسلحين", [["arrested", 2, null, "عدد من المسلحين"]]],
  ["a figure in brackets", "وفاة (3) أشخاص في الحادث", [["killed", 3, 3, "(3) أشخاص"]]],
  ["a figure in brackets exposed to injury (SaudiNewsNet)", "كما تعرض (7) من رجال حرس الحدود للإصابة", [["injured", 7, 7, "7"]]],
  ["exposed to injury, the «ل» phrase after the counted noun", "وتعرض خمسة جنود للإصابة بشظايا", [["injured", 5, 5, "خمسة جنود"]]],
  ["exposed to something else: no victims", "تعرض 3 جنود لإطلاق نار", [["other", 3, 3, "3 جنود"]]],
  ["an article's number in brackets is no count", "بموجب المادة (7) من النظام", []],
  ["one of a group, the victim verb before it", "مقتل أحد الجنود في الهجوم", [["killed", 1, 1, "أحد الجنود"]]],
  ["one of a group in construct, exposed to injury (SaudiNewsNet)", "تعرض أحد أفراد الدورية لإصابة بسيطة", [["injured", 1, 1, "أحد أفراد الدورية"]]],
  ["one of a group who speaks is no toll", "قال أحد الجنود إن الهجوم فشل", []],
  ["#17 an unknown number of", "وسقط عدد غير محدد من القتلى", [["killed", 2, null, "عدد غير محدد من القتلى"]]],
  ["#18 no injuries", "الهجوم لم تسفر عن إصابات", [["injured", 0, 0, "لم تسفر عن إصابات"]]],
  ["#18 without injuries", "سقط صاروخ دون وقوع إصابات", [["injured", 0, 0, "دون وقوع إصابات"]]],
  ["#18 no human losses", "لا خسائر بشرية", [["killed", 0, 0, "لا خسائر بشرية"]]],
  ["#18 no victims fell", "غارات على الحديدة دون سقوط ضحايا", [["killed", 0, 0, "دون سقوط ضحايا"]]],
  ["#18 without victims", "غارة على حفل زفاف دون ضحايا", [["killed", 0, 0, "دون ضحايا"]]],
  ["#18 no injuries recorded", "ولم تسجل أي إصابات", [["injured", 0, 0, "ولم تسجل أي إصابات"]]],
  ["#18 no deaths", "دون وقوع قتلى", [["killed", 0, 0, "دون وقوع قتلى"]]],
  ["#18 the negated verb's subject before «أي» (SaudiNewsNet)", "فيما لم تسجل الوزارة أي حالة وفاة", [["killed", 0, 0, "لم تسجل الوزارة أي حالة وفاة"]]],
  ["#18 two words between, deaths counted as cases (SaudiNewsNet)", "مؤكدة عدم تسجيل أي حالات وفاة خلال الأسبوع", [["killed", 0, 0, "عدم تسجيل أي حالات وفاة"]]],
  ["#18 two nouns joined by «أو», both negated (SaudiNewsNet)", "لم تسفر عن وقوع قتلى أو جرحى", [["killed", 0, 0, "لم تسفر عن وقوع قتلى"], ["injured", 0, 0, "جرحى"]]],
  ["#18 … or by «و»", "دون وقوع قتلى وجرحى", [["killed", 0, 0, "دون وقوع قتلى"], ["injured", 0, 0, "جرحى"]]],
  ["#18 a second noun of the same slot is no second zero (review)", "انفجرت عبوة ناسفة دون وقوع إصابات وجرحى", [["injured", 0, 0, "دون وقوع إصابات"]]],
  ["#18 a joined noun told with its own condition is no zero (review)", "لم يسجل وقوع وفيات أو إصابات بليغة", [["killed", 0, 0, "لم يسجل وقوع وفيات"]]],
  ["#18 «و» before something else is not negated", "دون وقوع إصابات ووصول فرق الدفاع المدني", [["injured", 0, 0, "دون وقوع إصابات"]]],
  ["#18 the ministry's «لم يتم»", "لم يتم تسجيل أي حالة وفاة", [["killed", 0, 0, "لم يتم تسجيل أي حالة وفاة"]]],
  ["#18 a subject and a day before «أي» (review)", "لم تسجل الوزارة الاثنين أي حالة وفاة", [["killed", 0, 0, "لم تسجل الوزارة الاثنين أي حالة وفاة"]]],
  ["#18 there are none", "لا توجد حالات وفاة بين العمال", [["killed", 0, 0, "لا توجد حالات وفاة"]]],
  ["#18 a missile that missed its target is no zero (review)", "أطلق الحوثيون صاروخا على جازان دون إصابة الهدف", []],
  ["#18 contacts not infected are no zero (review)", "وأظهرت الفحوصات عدم إصابة المخالطين بفيروس كورونا", []],
  ["#18 no number revealed is no zero", "دون الكشف عن عدد الإصابات", []],
  ["#18 any one word after «دون», also misspelt", "هجمات تفجيرية في السويداء دون وفوع ضحايا", [["killed", 0, 0, "دون وفوع ضحايا"]]],
  ["#14 a sound-plural-looking dual, told by the word for two (SaudiNewsNet)", "قتل مسلحين اثنين في الاشتباك", [["killed", 2, 2, "مسلحين اثنين"]]],
  ["#13 a nominative dual the table does not list, with the word for two", "كما قتل مدنيان اثنان في قصف", [["killed", 2, 2, "مدنيان اثنان"]]],
  ["#13 the nominative dual of a sound-plural noun is two on its own (SaudiNewsNet, Mali)", "كما قتل إرهابيان وبالإمكان مشاهدة ثلاثة قتلى أمام الفندق", [["killed", 2, 2, "إرهابيان"], ["killed", 3, 3, "ثلاثة قتلى"]]],
  ["#13 …and of a civilian", "وأصيب مدنيان في القصف", [["injured", 2, 2, "مدنيان"]]],
  ["#13 a dual and the word for two are one count, not two", "وقتل جنديان اثنان في الهجوم", [["killed", 2, 2, "جنديان اثنان"]]],
  ["#14 a sound-plural-looking dual, told by «أحدهما» (SaudiNewsNet)", "إصابة مقيمين أحدهما من الجنسية الباكستانية", [["injured", 2, 2, "مقيمين"]]],
  ["#14 …and by «كلاهما»", "وأصيب عاملين كلاهما في حالة مستقرة", [["injured", 2, 2, "عاملين"]]],
  ["a resident foreigner is counted as a citizen is", "وفاة مقيم وإصابة 3 مقيمين في حادث مروري", [["killed", 1, 1, "مقيم"], ["injured", 3, 3, "3 مقيمين"]]],
  // false positives
  ["#14 a broken plural before «أحدهما» is no dual", "إصابة أطفال أحدهما في حالة خطرة", []],
  ["#14 a definite noun before «أحدهما» is people counted already", "ونقل المصابين أحدهما حالته حرجة", []],
  ["#14 residents as a population are no count", "ارتفع عدد المقيمين في المملكة", []],
  ["#13 a singular before «اثنين من» is its own count", "قتل جندي اثنين من المسلحين", [["killed", 1, 1, "جندي"], ["killed", 2, 2, "اثنين من المسلحين"]]],
  ["#18 a definite noun is no zero", "لا تزال الإصابات تتوالى", []],
  ["#18 two words between negator and noun", "دون أن يعلن عن إصابات", []],
  ["#18 only «دون» takes any word: «لا تزال ضحايا» is no zero", "لا تزال ضحايا السيول في العراء", []],
  ["#14 sound plural is not a dual", "مقتل مدنيين في القصف", []],
  ["#14 «عاملان» are two factors as often as two workers", "أصيب الاقتصاد بسبب عاملان رئيسيان", []],
  ["#14 nisba plural", "بعد مقتل عراقيين موالين لإيران", []],
  ["#14 nisba plural (American)", "إصابة أمريكيين", []],
  ["#13 a definite dual refers back", "وذكر أن الصاروخين سقطا داخل القاعدة", []],
  ["#13 one of the two sources", "وذكر أحد المصدرين", []],
  ["#17 tens alone", "عشرات", []],
];

// #19 non-counts, #21 ordinals, #36 sources, #37 one slot, #38 update wording
const NON_COUNTS_AND_SLOTS: Row[] = [
  ["#37 martyr", "استشهاد 17 من رجال الأمن", [["killed", 17, 17, "17 من رجال الأمن"]]],
  ["#37 met his death", "مقتل عشرة من رجال الأمن", [["killed", 10, 10, "عشرة من رجال الأمن"]]],
  ["#37 death of a contractor", "أشار إلى وفاة متعاقد أميركي", [["killed", 1, 1, "متعاقد أميركي"]]],
  ["#37 killed, verb after", "خمسة جنود أميركيين قتلوا", [["killed", 5, 5, "خمسة جنود أميركيين"]]],
  ["#38 concussions", "11 إصابة بارتجاج في الدماغ", [["injured", 11, 11, "11 إصابة"]]],
  ["#38 none then some", "لا إصابات", [["injured", 0, 0, "لا إصابات"]]],
  ["#36 two sources are sources", "مصدران أمنيان عراقيان", [["sources", 2, 2, "مصدران أمنيان عراقيان"]]],
  ["planned vs fired", "كان معدًا باستخدام خمس صواريخ", [["projectiles_planned", 5, 5, "خمس صواريخ"]]],
  ["attacks by times", "تعرضت لاستهدافات 12 مرة منفصلةً على الأقل", [["attacks", 12, null, "12 مرة منفصلةً على الأقل"]]],
  ["seriously injured one", "من بينهم جندي أصيب بجروح خطيرة", [["injured", 1, 1, "جندي"]]],
  ["one of the soldiers", "أن أحد الجنود أصيب بجروح خطيرة", [["injured", 1, 1, "أحد الجنود"]]],
  ["the injured a hospital received are the toll", "استقبلت طوارئ المستشفى 40 مصاباً", [["injured", 40, 40, "40 مصاباً"]]],
  // false positives
  ["the injured who left hospital are not the toll", "فيما غادر 8 مصابين المستشفى بعد تقديم الخدمات", [["other", 8, 8, "8 مصابين"]]],
  ["#19 aircraft model", "طائرات من طراز إف-16", []],
  ["#19 division", "نشر الفرقة 82 المحمولة جوا", []],
  ["#19 calibre", "قذائف عيار 155 ملم", []],
  ["#19 resolution", "القرار 2334 الصادر عن مجلس الأمن", []],
  ["#19 year", "في عام 2015 قتل", []],
  ["#19 clock time", "عند الساعة 3 فجرا", []],
  ["#19 percent", "ارتفع 50% من الجنود", []],
  ["#19 money", "أنفقت 5 ملايين دولار", []],
  ["#21 ordinal", "الهجوم الثالث على القاعدة", []],
  ["#21 ordinal date", "في الخامس من أكتوبر", []],
  ["#36 sources are not casualties", "وأفاد مصدران أمنيان بأنه", [["sources", 2, 2, "مصدران أمنيان"]]],
  ["bare number", "قال إن 5 من", []],
  ["a number with an unrelated noun", "وصل 5 وزراء إلى بغداد", []],
  ["an unanchored «times»", "هبطت لعدّة مرات", []],
];

// #37 the slot travels: coordination, tolls and predicates (SaudiNewsNet wordings of 6 Aug 2015)
const SLOT_CONTEXT: Row[] = [
  ["#37 coordinated with «و»", "استشهاد 12 رجل امن و3 عمال", [["killed", 12, 12, "12 رجل امن"], ["killed", 3, 3, "3 عمال"]]],
  ["#37 coordinated with «إضافة إلى» after a comma", "استشهاد 12 من منسوبي القوات، إضافة إلى ثلاثة من العاملين", [["killed", 12, 12, "12"], ["killed", 3, 3, "ثلاثة من العاملين"]]],
  ["#37 coordinated singular", "وأعلنوا مقتل أربعة مدنيين وجندي", [["killed", 4, 4, "أربعة مدنيين"], ["killed", 1, 1, "جندي"]]],
  ["#38 toll rises to", "ارتفاع شهداء تفجير مسجد طوارئ عسير إلى ١٢ رجل أمن", [["killed", 12, 12, "١٢ رجل أمن"]]],
  ["#38 toll estimated at", "وقدر عدد القتلى باثنين", [["killed", 2, 2, "اثنين"]]],
  ["#37 a subset takes the slot", "أسفر عن مقتل 13 شخصًا، بينهم 10 طلاب", [["killed", 13, 13, "13 شخصًا"], ["killed", 10, 10, "10"]]],
  ["#37 predicate noun", "حيث سقط 52 شخصا قتلى", [["killed", 52, 52, "52 شخصا قتلى"]]],
  ["#37 «راح ضحيته»", "وراح ضحيته عدد من رجال الأمن", [["killed", 2, null, "عدد من رجال الأمن"]]],
  ["#17 vague at the end of a clause", "مما أسفر عن استشهاد 17 من رجال الأمن وإصابة العشرات", [["killed", 17, 17, "17 من رجال الأمن"], ["injured", 20, 99, "العشرات"]]],
  ["#17 tens of thousands", "فضلا عن عشرات الآلاف من المصابين", [["injured", 20000, 99999, "عشرات الآلاف من المصابين"]]],
  ["officials arrested are not sources", "ألقت السلطات القبض على سبعة مسؤولين", [["arrested", 7, 7, "سبعة مسؤولين"]]],
  ["a nisba names the people counted", "وتمكن من القبض على ثلاثة أردنيين", [["arrested", 3, 3, "ثلاثة أردنيين"]]],
  ["#12 a range is one interval", "إن 35 إلى 40 شخصا لقوا حتفهم", [["killed", 35, 40, "35 إلى 40 شخصا"]]],
  ["#12 a range shares its scale", "ويعاني 20 - 25 مليون شخص", [["other", 20000000, 25000000, "20 - 25 مليون شخص"]]],
  ["#12 thousands before «عام»", "وقتلت 584 ألفا عام 2013", [["killed", 584000, 584000, "584 ألفا"]]],
  ["officials who speak are sources", "قال ثلاثة مسؤولين إن", [["sources", 3, 3, "ثلاثة مسؤولين"]]],
  ["«استشهد» before the figure (SaudiNewsNet)", "استشهد 16 شخصا على الأقل وجرح 30 في تفجير", [["killed", 16, null, "16 شخصا على الأقل"], ["injured", 30, 30, "30"]]],
  ["«توفي» before the figure (SaudiNewsNet)", "توفي أربعة أشخاص وأصيب خمسة آخرون بإصابات", [["killed", 4, 4, "أربعة أشخاص"], ["injured", 5, 5, "خمسة"]]],
  ["deaths as a noun («الوفيات») after a vague amount (SaudiNewsNet)", "ونتج عنه عدد من الوفيات", [["killed", 2, null, "عدد من الوفيات"]]],
  ["deaths as a noun after a figure", "وسجلت المستشفيات 5 وفيات", [["killed", 5, 5, "5 وفيات"]]],
  ["«تشريد» displaces (SaudiNewsNet)", "مقتل 370 شخصاً وتشريد 100 ألف", [["killed", 370, 370, "370 شخصاً"], ["displaced", 100000, 100000, "100 ألف"]]],
  ["deaths counted as cases (SaudiNewsNet)", "استقبلت الطوارئ 40 مصاباً، و15 حالة وفاة جراء التفجير", [["injured", 40, 40, "40 مصاباً"], ["killed", 15, 15, "15 حالة وفاة"]]],
  ["deaths counted as cases, plural", "وسجلت المستشفيات 3 حالات وفاة", [["killed", 3, 3, "3 حالات وفاة"]]],
  ["the construct dual of a two-word noun in the genitive (SaudiNewsNet)", "وأكد وجود حالتي وفاة بالموقع", [["killed", 2, 2, "حالتي وفاة"]]],
  ["the dual of a two-word noun, and one case by its severity (SaudiNewsNet)", "تم فرز الحالات وتشخيصها كالتالي: حالتا وفاة، وإصابة حرجة، و3 إصابات متوسطة", [["killed", 2, 2, "حالتا وفاة"], ["injured", 1, 1, "إصابة حرجة"], ["injured", 3, 3, "3 إصابات"]]],
  ["«لقي … مصرعهم» around the figure (SaudiNewsNet)", "لقي 4 أشخاص مصرعهم وأصيب 3 آخرون في تصادم", [["killed", 4, 4, "4 أشخاص"], ["injured", 3, 3, "3"]]],
  ["«آخر» after a victim verb is one more (SaudiNewsNet)", "وفاة شخص وإصابة آخر بجروح", [["killed", 1, 1, "شخص"], ["injured", 1, 1, "آخر"]]],
  ["«آخر» before a new clause of what was done for him", "وفاة شخص وإصابة آخر ونقل إلى المستشفى", [["killed", 1, 1, "شخص"], ["injured", 1, 1, "آخر"]]],
  ["«أخرى» after a victim verb, feminine", "وفاة امرأة وإصابة أخرى في حادث مروري", [["killed", 1, 1, "امرأة"], ["injured", 1, 1, "أخرى"]]],
  ["«فقد آخر»: missing, the verb before «آخر» (SaudiNewsNet)", "إن جنديا قتل وفقد آخر", [["killed", 1, 1, "جنديا"], ["missing", 1, 1, "آخر"]]],
  ["some of the injured who died are killed", "وتوفي اثنان من المصابين متأثرين بجراحهم", [["killed", 2, 2, "اثنان من المصابين"]]],
  ["some of the injured who died, the verb after them", "وقال إن ثلاثة من المصابين توفوا", [["killed", 3, 3, "ثلاثة من المصابين"]]],
  ["the idiom «انتقل إلى رحمة الله» (SaudiNewsNet)", "انتقل إثنين من المصابين إلى رحمة الله", [["killed", 2, 2, "إثنين من المصابين"]]],
  ["the idiom before the figure", "وانتقل إلى رحمة الله اثنان من المصابين", [["killed", 2, 2, "اثنان من المصابين"]]],
  ["the idiom before a figure of people", "وانتقل إلى رحمة الله 3 أشخاص متأثرين بإصاباتهم", [["killed", 3, 3, "3 أشخاص"]]],
  // false positives
  ["a death told of someone else before «و»", "توفي شخص و3 من المصابين في حالة حرجة", [["killed", 1, 1, "شخص"], ["injured", 3, 3, "3 من المصابين"]]],
  ["a death told of one of them («توفي أحدهم»)", "وكان 4 من المصابين توفي أحدهم في الطريق", [["injured", 4, 4, "4 من المصابين"]]],
  ["«آخر» after a count of things", "سقوط 5 صواريخ في منطقة مفتوحة وسقوط آخر في البحر", [["projectiles_fired", 5, 5, "5 صواريخ"]]],
  ["«أخرى» describing the count just read", "120 إصابة جديدة بكورونا وحالة وفاة أخرى", [["infected", 120, 120, "120 إصابة"], ["disease_deaths", 1, 1, "حالة وفاة"]]],
  ["«فقد آخر وعيه»: he fainted", "أصيب 3 أشخاص في الحادث وفقد آخر وعيه", [["injured", 3, 3, "3 أشخاص"]]],
  ["the blessing «رحمه الله» after a name is no death", "كرم الملك عبدالله رحمه الله 3 أشخاص", [["other", 3, 3, "3 أشخاص"]]],
  ["«آخر» before a noun is the last one", "مقتل 3 أشخاص وإصابة آخر لاعب في الفريق", [["killed", 3, 3, "3 أشخاص"]]],
  ["«آخر» with no count before it in the sentence", "توفي شخص. وأصيب آخر", [["killed", 1, 1, "شخص"]]],
  ["«آخر» with no victim verb right before it", "قتل جندي ووصل آخر إلى المستشفى", [["killed", 1, 1, "جندي"]]],
  ["the injured moved to a hospital are injured", "ونقل 4 من المصابين إلى مستشفى الملك فهد", [["injured", 4, 4, "4 من المصابين"]]],
  ["the injured, and a death told of someone else", "توفي شخص وأصيب 3 من المصابين بحروق", [["killed", 1, 1, "شخص"], ["injured", 3, 3, "3 من المصابين"]]],
  ["officials who do not speak are not sources", "يرافقه عدد من المسؤولين في الجولة", [["other", 2, null, "عدد من المسؤولين"]]],
  ["#19 a rejected number is not read again", "أنفقت 5 ملايين دولار", []],
  ["#19 a bare year is never coordinated", "أسفرت عن 300 ألف قتيل بين 1993 و2006", [["killed", 300000, 300000, "300 ألف قتيل"]]],
  ["#19 minute of a match", "في الدقيقة 60 من ضربة حرة", []],
  ["a «و» after a number starts a new phrase", "نتج عنه استشهاد 15 وإصابة 33 من رجال الأمن", [["killed", 15, 15, "15"], ["injured", 33, 33, "33 من رجال الأمن"]]],
  ["a title after a number", "سيارات فورمولا 1 وصاروخ الفضاء", []],
  ["no coordination across a full stop", "قتل 5 جنود. و3 عمال وصلوا", [["killed", 5, 5, "5 جنود"], ["other", 3, 3, "3 عمال"]]],
  ["no slot from a non-victim count", "أطلقت 5 صواريخ و3 عمال", [["projectiles_fired", 5, 5, "5 صواريخ"], ["other", 3, 3, "3 عمال"]]],
  ["people in the dual joined by «و» to a count take its slot (SaudiNewsNet)", "أسفر عن إصابة خمسة باكستانيين بينهم ثلاث نساء وطفلان", [["injured", 5, 5, "خمسة باكستانيين"], ["injured", 3, 3, "ثلاث نساء"], ["injured", 2, 2, "طفلان"]]],
  // false positive: things are not people (coordination)
  ["cars joined by «و» to a toll take no victim slot", "وأصيب 5 أشخاص وسيارتان", [["injured", 5, 5, "5 أشخاص"], ["other", 2, 2, "سيارتان"]]],
];

// killed and injured told as one toll (SaudiNewsNet wordings): neither's own count
const JOINT_TOLLS: Row[] = [
  ["verbal nouns joined", "أعلنت الشرطة مقتل وإصابة 20 شخصا في انفجار", [["casualties", 20, 20, "20 شخصا"]]],
  ["verbs joined, injured first", "أسفر الانفجار عن إصابة ومقتل 9 أشخاص", [["casualties", 9, 9, "9 أشخاص"]]],
  ["past verbs joined", "قتل وجرح 10 أشخاص في الهجوم", [["casualties", 10, 10, "10 أشخاص"]]],
  ["«استشهد وأصيب» (SaudiNewsNet)", "استشهد وأصيب عدد من المواطنين فجر السبت نتيجة القصف", [["casualties", 2, null, "عدد من المواطنين"]]],
  ["a headline fragment", "مقتل وإصابة 4", [["casualties", 4, 4, "4"]]],
  ["a hedge after the joined verbs", "مقتل وإصابة قرابة الـ 60 شخصًا في هجوم انتحاري", [["casualties", 48, 72, "قرابة الـ 60 شخصًا"]]],
  ["a vague amount", "مقتل وإصابة العشرات من مسلحي التنظيم", [["casualties", 20, 99, "العشرات"]]],
  ["two nouns after the number", "أسفر الهجوم عن 12 قتيلا وجريحا على الأقل", [["casualties", 12, null, "12 قتيلا وجريحا على الأقل"]]],
  ["«بين قتيل وجريح»", "سقوط 80 بين قتيل وجريح", [["casualties", 80, 80, "80 بين قتيل وجريح"]]],
  ["«ما بين قتيل وجريح» after the counted noun", "سقوط 60 شخصا ما بين قتيل وجريح", [["casualties", 60, 60, "60 شخصا ما بين قتيل وجريح"]]],
  ["a partitive of both", "سقوط 12 من القتلى والجرحى", [["casualties", 12, 12, "12 من القتلى والجرحى"]]],
  ["a toll of both nouns rising", "ارتفعت حصيلة القتلى والجرحى إلى 30 شخصا", [["casualties", 30, 30, "30 شخصا"]]],
  ["one vague amount of both nouns", "وأضافوا أن عشرات القتلى والجرحى سقطوا في صفوف الانقلابيين", [["casualties", 20, 99, "عشرات القتلى والجرحى"]]],
  // false positives
  ["each verb with its own figure", "مقتل 5 وإصابة 20", [["killed", 5, 5, "5"], ["injured", 20, 20, "20"]]],
  ["each verb with its own figure, injured first", "أصيب 7 وقتل 2", [["injured", 7, 7, "7"], ["killed", 2, 2, "2"]]],
  ["two duals are two counts", "سقوط قتيلين وجريحين", [["killed", 2, 2, "قتيلين"], ["injured", 2, 2, "جريحين"]]],
  ["a plural and a dual: five dead and two wounded (SaudiNewsNet)", "حصيلة غير نهائية من خمسة قتلى وجريحين من جانب القوات المسلحة", [["killed", 5, 5, "خمسة قتلى"], ["injured", 2, 2, "جريحين"]]],
  ["a plural and a singular: five dead and one wounded (the one is not read yet)", "سقوط خمسة قتلى وجريح في الهجوم", [["killed", 5, 5, "خمسة قتلى"]]],
  ["a verbal noun after the pair's first noun governs its own figure (SaudiNewsNet)", "سقوط 13 قتيلاً وإصابة 23 آخرين", [["killed", 13, 13, "13 قتيلاً"], ["injured", 23, 23, "23"]]],
  ["a verbal noun with a vague amount of its own (SaudiNewsNet)", "سقوط 21 شهيدًا وإصابة العشرات", [["killed", 21, 21, "21 شهيدًا"], ["injured", 20, 99, "العشرات"]]],
  ["a two-word noun is no second of a pair: a case of its own", "ونتج عن الحادث 12 إصابة وحالة وفاة", [["injured", 12, 12, "12 إصابة"], ["killed", 1, 1, "حالة وفاة"]]],
  ["one case of death (SaudiNewsNet, the Red Crescent)", "نتج عنه حالة وفاة وإصابة حرجة و8 إصابات متوسطة", [["killed", 1, 1, "حالة وفاة"], ["injured", 1, 1, "إصابة حرجة"], ["injured", 8, 8, "8 إصابات"]]],
  ["in case of death is no death", "ويصرف التعويض في حالة وفاة المؤمن عليه", []],
  ["the injury of someone counted already is no second injured", "أصيب شخص بإصابة حرجة", [["injured", 1, 1, "شخص"]]],
  ["the first verb's subject before its nisba", "إن عسكريا تركيا قتل وجرح اثنان آخران", [["injured", 2, 2, "اثنان"]]],
  ["the first verb tells its own figure (SaudiNewsNet)", "إن 24 شخصا على الأقل قتلوا وأصيب 55 اخرون اليوم", [["killed", 24, null, "24 شخصا على الأقل"], ["injured", 55, 55, "55"]]],
  ["the first verb tells its own figure, a noun after it", "إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري", [["killed", 3, 3, "3 جنود"], ["injured", 31, 31, "31"]]],
  ["the first verb tells its own figure, a partitive between", "وقالت الشرطة إن ثلاثة من رجال الأمن قتلوا وأصيب 24 في تفجير", [["killed", 3, 3, "ثلاثة من رجال الأمن"], ["injured", 24, 24, "24"]]],
  ["a noun and a verb of another figure", "قتل 3 جنود وجرح 4 آخرين", [["killed", 3, 3, "3 جنود"], ["injured", 4, 4, "4"]]],
  ["the first verb has its own subject (a counted noun)", "وقال إن جنديا توفي وأصيب 3 آخرون", [["killed", 1, 1, "جنديا"], ["injured", 3, 3, "3"]]],
  ["a verb after a comma is not the figure's (SaudiNewsNet)", "أصاب كورونا 1059 شخصا، توفي منهم 471", [["other", 1059, 1059, "1059 شخصا"], ["killed", 471, 471, "471"]]],
  ["a verb of a part of them is not the figure's", "وأصيب بالفيروس تسعة أشخاص توفي منهم ثلاثة", [["infected", 9, 9, "تسعة أشخاص"], ["disease_deaths", 3, 3, "ثلاثة"]]],
  ["rebels are fighters (SaudiNewsNet)", "لقي 41 متمردا حوثيا مصرعهم في المواجهات", [["killed", 41, 41, "41 متمردا"]]],
  ["a nisba after a figure, its verb in the plural, counts no one (SaudiNewsNet)", "لقي 41 مسلحا حوثيا مصرعهم", [["killed", 41, 41, "41 مسلحا"]]],
  ["a victim verb joined to an arrest is not a joint toll", "مقتل واعتقال 6 مسلحين", [["arrested", 6, 6, "6 مسلحين"]]],
];

// a disease's cases and deaths are slots of their own (disease.ts)
const DISEASE: Row[] = [
  ["the disease after the cases (SaudiNewsNet)", "أعلنت وزارة الصحة تسجيل حالتي إصابة جديدة بفيروس كورونا في الرياض", [["infected", 2, 2, "حالتي إصابة"]]],
  ["a death told before the cases of its sentence (SaudiNewsNet)", "أعلنت وزارة الصحة عن تسجيل حالة وفاة وحالتي إصابة مؤكدة بفيروس كورونا في الرياض", [["disease_deaths", 1, 1, "حالة وفاة"], ["infected", 2, 2, "حالتي إصابة"]]],
  ["deaths after a comma, counted as cases (SaudiNewsNet)", "تسجيل 4 إصابات مؤكدة بفيروس كورونا في الرياض ونجران، و4 حالات وفاة بالرياض", [["infected", 4, 4, "4 إصابات"], ["disease_deaths", 4, 4, "4 حالات وفاة"]]],
  ["the case noun before a number word", "تسجيل 4 حالات إصابة جديدة بفايروس كورونا، وحالة وفاة واحدة", [["infected", 4, 4, "4 حالات إصابة"], ["disease_deaths", 1, 1, "حالة وفاة واحدة"]]],
  ["the disease a few words on, after the counted people (SaudiNewsNet)", "في إصابة 14 كادرا صحيا بمرض الجرب خلال اليومين الماضيين", [["infected", 14, 14, "14"]]],
  ["deaths of a disease", "وسجلت وفاة 4 بالمرض", [["disease_deaths", 4, 4, "4"]]],
  ["the disease five words on, caught «with» a fever (review)", "لقي 7 أشخاص حتفهم جراء الإصابة بحمى الضنك", [["disease_deaths", 7, 7, "7 أشخاص"]]],
  ["a carrier of disease after a word of cause (SaudiNewsNet)", "سجلت وزارة الصحة أمس وفاة أربعة أشخاص بسبب الفيروس", [["disease_deaths", 4, 4, "أربعة أشخاص"]]],
  ["no deaths and no cases of a disease (review)", "عدم تسجيل أي حالات وفاة أو إصابات جديدة بالفيروس", [["disease_deaths", 0, 0, "عدم تسجيل أي حالات وفاة"], ["infected", 0, 0, "إصابات"]]],
  ["a disease by a name of its own", "تسجيل 120 إصابة جديدة بكوفيد-19", [["infected", 120, 120, "120 إصابة"]]],
  // false positives: the wounded and dead of violence in a sentence that names a disease
  ["the shelling of a cholera centre (review)", "أسفر قصف على مركز لعلاج الكوليرا عن مقتل 5 أشخاص وإصابة 12 آخرين", [["killed", 5, 5, "5 أشخاص"], ["injured", 12, 12, "12"]]],
  ["an attack on Ebola workers (review)", "قتل 4 من العاملين في مكافحة وباء إيبولا في هجوم على مركز", [["killed", 4, 4, "4 من العاملين"]]],
  ["the injured of a shooting, a disease's cases in another clause (review)", "استشهد فلسطيني وأصيب 3 آخرون برصاص الاحتلال، فيما سجلت وزارة الصحة 500 إصابة جديدة بفيروس كورونا", [["injured", 3, 3, "3"], ["infected", 500, 500, "500 إصابة"]]],
  ["cancer patients among the injured of a shelling (review)", "استشهد 3 فلسطينيين وأصيب 10 آخرون بينهم مرضى سرطان في قصف على غزة", [["killed", 3, 3, "3 فلسطينيين"], ["injured", 10, 10, "10"]]],
  ["«عدوى» that is no disease (review)", "أصيب 5 متظاهرين بعد انتقال عدوى الاحتجاجات", [["injured", 5, 5, "5"]]],
  ["the wounded of a war beside a fever's cases (SaudiNewsNet)", "وأن عدد الجرحى بلغ 9800 جريح، في حين تم تسجيل نحو 5800 إصابة بحمى الضنك", [["injured", 9800, 9800, "9800 جريح"], ["infected", 4640, 6960, "نحو 5800 إصابة"]]],
  ["the dead of an attack, a disease in another clause", "قتل 3 أشخاص في الهجوم، وسط مخاوف من انتشار الكوليرا في المخيم", [["killed", 3, 3, "3 أشخاص"]]],
  ["the injured of a crash, no disease", "وأسفر الحادث عن وفاة شخصين وإصابة 4 آخرين نقلوا إلى المستشفى", [["killed", 2, 2, "شخصين"], ["injured", 4, 4, "4"]]],
];

describe("counts", () => {
  for (const [title, rows] of [
    ["numbers (#11, #12, #15, #20)", NUMBERS],
    ["duals and intervals (#13, #14, #16–#18)", DUALS_AND_INTERVALS],
    ["non-counts and slots (#19, #21, #36–#38)", NON_COUNTS_AND_SLOTS],
    ["slot context (#17, #37, #38)", SLOT_CONTEXT],
    ["killed and injured as one toll", JOINT_TOLLS],
    ["a disease's cases and deaths", DISEASE],
  ] as const) {
    describe(title, () => {
      it.each(rows)("%s: %s", (_name, input, expected) => expect(counts(input)).toEqual(expected));
    });
  }

  it("groups carry the nisba's country and the noun class", () => {
    const [c] = extractDetails("أصيب ما لا يقل عن خمسة جنود أميركيين").counts;
    expect(c).toMatchObject({ group: "جنود أميركيين", groupClass: "soldier", nationality: "US" });
  });

  // [sentence, background] of its one count: a disease's running total is not the day's tally (review)
  it.each([
    ["وارتفع عدد المصابين بفيروس كورونا في المملكة إلى 1000", true],
    ["وبذلك يرتفع العدد الإجمالي للإصابات بالفيروس إلى 1002", true],
    ["تسجيل 4 حالات إصابة جديدة بفيروس كورونا ونقل المصابين إلى المستشفى", false],
  ] as const)("a disease's figure told as a running total is background: %s", (sentence, background) => {
    const [c] = extractDetails(sentence).counts;
    expect([c!.slot, c!.background === true]).toEqual(["infected", background]);
  });

  it("a people named by its nisba alone is the count's group", () => {
    const [c] = extractDetails("قتل 3 فلسطينيين وأصيب 20 آخرون").counts;
    expect(c).toMatchObject({ group: "فلسطينيين", nationality: "PS" });
    expect(c!.groupClass).toBeUndefined();
    // the nisba, not the condition after it (review)
    expect(extractDetails("وأصيب 3 فلسطينيين بجروح خطيرة").counts[0]).toMatchObject({ group: "فلسطينيين", condition: "serious" });
  });

  // [sentence, the group class of each count in order ("" when it names none)]
  it.each([
    ["Houthis are a group of their own", "وقتل 16 حوثيا في هجوم للمقاومة الشعبية", ["houthi"]],
    ["the civilians' plural as often misspelt", "قتل أربعة مدنين في قصف عشوائي على الأحياء السكنية", ["civilian"]],
  ])("%s", (_label, sentence, expected) => {
    expect(extractDetails(sentence).counts.map((c) => c.groupClass ?? "")).toEqual(expected);
  });

  describe("the side a toll was taken from («في صفوف …») is its group", () => {
    // [label, sentence, the group of each count in order ("" when it names none)]
    const SIDES: [string, string, string[]][] = [
      ["one side's dead (SaudiNewsNet)", "وأسفرت المعارك عن سقوط 7 قتلى في صفوف الحوثيين", ["الحوثيين"]],
      ["coordinated tolls share the side after them (Mali, SaudiNewsNet)", "أفادوا عن قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية", ["القوات المسلحة المالية", "القوات المسلحة المالية"]],
      ["a figure and «و» apart", "سقوط 11 قتيلا و22 جريحا في صفوف الميليشيات وإحراق آليات", ["الميليشيات", "الميليشيات"]],
      ["a toll and an unknown number coordinated with it", "قتل 5 وعدد غير معروف من الجرحى في صفوف الحوثيين", ["الحوثيين", "الحوثيين"]],
      ["glued «بصفوف», a construct side", "قتل 12 شخصا بصفوف قوات الأمن", ["قوات الأمن"]],
      ["a verb of falling between", "قتيلان سقطا في صفوف المدنيين", ["المدنيين"]],
      ["a side only the sentence before names", "أفادوا عن قتيلين وثلاثة جرحى في صفوفهم", ["صفوفهم", "صفوفهم"]],
      ["a patron", "سقوط 7 قتلى في صفوف القوات الموالية لهادي", ["القوات الموالية لهادي"]],
      ["a group's name after the word for its members", "تسعة قتلى على الأقل سقطوا من صفوف مقاتلي تنظيم داعش", ["تنظيم داعش"]],
      ["members of the army are the army's side (review)", "سقوط 4 قتلى في صفوف عناصر الجيش", ["الجيش"]],
      ["a third word that describes («الحر»: the rebels, not the army; review)", "سقوط 6 قتلى في صفوف الجيش السوري الحر", ["الجيش السوري الحر"]],
      ["a side after «ب» by a pronoun", "سقوط قتيلين بصفوفهم", ["بصفوفهم"]],
      ["«ومعظمهم» is no second side (review)", "وسقط قتيلان في صفوف الإرهابيين ومعظمهم أجانب", ["الإرهابيين"]],
      ["a pointing word is no part of the name (review)", "سقوط 10 قتلى في صفوف تلك الميليشيات", ["الميليشيات"]],
      ["a relative clause is no part of the name (review)", "مخلفة 20 قتيلا بين صفوف الميليشيات التي انسحبت", ["الميليشيات"]],
      ["a text that ends with the side's second word", "سقوط 7 قتلى في صفوف القوات المسلحة", ["القوات المسلحة"]],
      ["… or with its first", "سقوط 7 قتلى في صفوف الحوثيين", ["الحوثيين"]],
      ["a side between the toll's noun and its figure (SaudiNewsNet)", "ويرتفع إجمالي عدد القتلى في صفوف قوات الأمن إلى 60 على الأقل", ["قوات الأمن"]],
      ["… after a definite side, «إلى» is no word of its name", "ارتفع عدد القتلى في صفوف الحوثيين إلى 30", ["الحوثيين"]],
      // false positives: no side, or not this toll's
      ["«إلى جانب» is no toll's «إلى»", "قتل 5 جنود في صفوف الجيش إلى جانب 3 مدنيين", ["جنود", "مدنيين"]],
      ["two sides after a two-word side (review)", "خلفت 30 قتيلا في صفوف المتمردين الحوثيين وقوات المخلوع علي عبدالله صالح", [""]],
      ["a second side with the article (review)", "وجود 5 إصابات في صفوف الكوادر الطبية والمرضى", [""]],
      ["those inside are everyone (review)", "اوقع 4 اصابات في صفوف من بداخله", [""]],
      ["both sides are the whole toll", "قتل 5 في صفوف الطرفين", [""]],
      ["the army and the police together (review)", "قتل 5 في صفوف الجيش والشرطة", [""]],
      ["«هؤلاء» names nobody by itself (review)", "سقط 3 قتلى في صفوف هؤلاء", [""]],
      ["a group of its own stays", "مقتل 5 جنود في صفوف القوات", ["جنود"]],
      ["two sides together are neither alone", "قتل 3 في صفوف الحوثيين وقوات صالح", [""]],
      ["a comma between toll and side", "أصيب 4 أشخاص، في صفوف المدنيين", ["أشخاص"]],
      ["«من جانب» is not a side", "خمسة قتلى من جانب القوات المالية", [""]],
      ["a later toll's side is not an earlier one's across another word", "قتل 5 أمس وأصيب 3 في صفوف الحوثيين", ["", "الحوثيين"]],
    ];
    it.each(SIDES)("%s: %s", (_l, sentence, groups) => expect(extractDetails(sentence).counts.map((c) => c.group ?? "")).toEqual(groups));
  });

  describe("the condition of the injured («إصاباتهم بالغة»): a sub-slot, and a part of those counted before", () => {
    // [label, sentence, [slot, min, max, span, condition ("" when none)] of each count]
    const withCondition = (s: string) => extractDetails(s).counts.map((c) => [c.slot, c.min, c.max, c.text, c.condition ?? ""]);
    const CONDITIONS: [string, string, (string | number)[][]][] = [
      ["a subset after «منهم» (SaudiNewsNet)", "وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة", [["injured", 9, 9, "تسعة", ""], ["injured", 3, 3, "ثلاثة منهم", "serious"]]],
      ["cases by context after «بينهم», and a figure of cases (SaudiNewsNet)", "ونتج عن الحادث 6 إصابات بينهم حالة حرجة و5 حالات متوسطة", [["injured", 6, 6, "6 إصابات", ""], ["injured", 1, 1, "حالة حرجة", "serious"], ["injured", 5, 5, "5 حالات متوسطة", "moderate"]]],
      ["a figure after «بينهم» with its condition (SaudiNewsNet)", "مقتل 3 وإصابة 400 آخرون بينهم 150 إصاباتهم خطيرة", [["killed", 3, 3, "3", ""], ["injured", 400, 400, "400", ""], ["injured", 150, 150, "150 إصاباتهم خطيرة", "serious"]]],
      ["«في حالة حرجة» after «منهم», of the group before", "أصيب 12 جنديا اثنان منهم في حالة حرجة", [["injured", 12, 12, "12 جنديا", ""], ["injured", 2, 2, "اثنان منهم", "serious"]]],
      ["a dual's condition (SaudiNewsNet)", "وأصيب 7 جنود، اثنان منهم إصابتهما خطيرة", [["injured", 7, 7, "7 جنود", ""], ["injured", 2, 2, "اثنان منهم", "serious"]]],
      ["the condition of all of them", "وأصيب 5 أشخاص بجروح بليغة", [["injured", 5, 5, "5 أشخاص", "serious"]]],
      ["a victim noun's own severity word", "وإصابة حرجة و3 إصابات متوسطة و4 إصابات طفيفة", [["injured", 1, 1, "إصابة حرجة", "serious"], ["injured", 3, 3, "3 إصابات", "moderate"], ["injured", 4, 4, "4 إصابات", "minor"]]],
      ["«أحدهم» in a condition (SaudiNewsNet)", "إصابة ثلاثة عسكريين، أحدهم في حالة حرجة", [["injured", 3, 3, "ثلاثة عسكريين", ""], ["injured", 1, 1, "أحدهم", "serious"]]],
      ["a severity word right after the figure, and «بينها» (SaudiNewsNet)", "ونتج عن الحادث 9 إصابات، بينها واحدة خطيرة، و8 متوسطة", [["injured", 9, 9, "9 إصابات", ""], ["injured", 1, 1, "واحدة خطيرة", "serious"], ["injured", 8, 8, "8 متوسطة", "moderate"]]],
      ["a part after another part, hedged (review)", "وأصيب 12 شخصا، 3 منهم إصاباتهم بالغة ونحو 5 منهم متوسطة", [["injured", 12, 12, "12 شخصا", ""], ["injured", 3, 3, "3 منهم", "serious"], ["injured", 4, 6, "ونحو 5 منهم", "moderate"]]],
      ["a word between the condition and its grade (SaudiNewsNet)", "وأصيب 5 أشخاص، ثلاثة منهم في حالة صحية حرجة", [["injured", 5, 5, "5 أشخاص", ""], ["injured", 3, 3, "ثلاثة منهم", "serious"]]],
      ["«جروحهم» (SaudiNewsNet)", "وإصابة 400 إرهابي، 150 منهم جروحهم بليغة", [["injured", 400, 400, "400 إرهابي", ""], ["injured", 150, 150, "150 منهم", "serious"]]],
      ["cases of injury counted (SaudiNewsNet)", "وتم تسجيل 6 حالات إصابة متوسطة", [["injured", 6, 6, "6 حالات إصابة", "moderate"]]],
      ["no serious injuries is a zero of that condition", "وانتهى الحادث دون وقوع إصابات خطيرة", [["injured", 0, 0, "دون وقوع إصابات خطيرة", "serious"]]],
      ["… also told as cases (SaudiNewsNet)", "ولم تسجل حالات إصابة خطيرة", [["injured", 0, 0, "ولم تسجل حالات إصابة خطيرة", "serious"]]],
      // false positives: a part's condition is not the whole's; no part without a condition, a whole before it, or room in it
      ["«معظمهم»: most of them, not all (SaudiNewsNet)", "و200 جريح معظمهم إصابتهم خطرة", [["injured", 200, 200, "200 جريح", ""]]],
      ["«بعضهم»: some of them (SaudiNewsNet)", "وأصيب 46 شخصا بعضهم في حالة خطرة", [["injured", 46, 46, "46 شخصا", ""]]],
      ["two grades are no one condition (SaudiNewsNet)", "وقوع 46 إصابة خطيرة ومتوسطة", [["injured", 46, 46, "46 إصابة", ""]]],
      ["… nor in a dual (SaudiNewsNet)", "وإصابتين متوسطة وحرجة", [["injured", 2, 2, "إصابتين", ""]]],
      ["the total keeps «أحدهما»'s condition off", "وجرح اثنين أحدهما في حالة خطيرة", [["injured", 2, 2, "اثنين", ""], ["injured", 1, 1, "أحدهما", "serious"]]],
      ["an injury suffered is no victim (SaudiNewsNet)", "ويعاني اللاعب من إصابة خطيرة", []],
      ["… nor one a player missed a match for (SaudiNewsNet)", "وغاب شفاينشتايغر عن المباراة بسبب إصابة طفيفة", []],
      ["a disease's new case, with no severity, is no victim (SaudiNewsNet)", "أعلنت وزارة الصحة عن حالة إصابة جديدة بفيروس كورونا", []],
      ["«وحالة» in the next sentence (review)", "أصيب 5 أشخاص بينهم حالة حرجة. وحالة متوسطة للطقس", [["injured", 5, 5, "5 أشخاص", ""], ["injured", 1, 1, "حالة حرجة", "serious"]]],
      ["«وحالة» of something else after a comma (review)", "أصيب 9 أشخاص بجروح خطيرة، وحالة حرجة يعيشها القطاع الصحي", [["injured", 9, 9, "9 أشخاص", "serious"]]],
      ["the total keeps no part's condition", "أصيب 5 أشخاص بينهم حالة حرجة", [["injured", 5, 5, "5 أشخاص", ""], ["injured", 1, 1, "حالة حرجة", "serious"]]],
      ["«منهم» with no condition is no count", "أصيب 5 أشخاص، ثلاثة منهم من سكان الحي", [["injured", 5, 5, "5 أشخاص", ""]]],
      ["a part of the dead is not of the injured", "قتل 5 أشخاص، ثلاثة منهم في حالة حرجة", [["killed", 5, 5, "5 أشخاص", ""]]],
      ["a part larger than the whole", "أصيب 3 أشخاص، خمسة منهم إصاباتهم بالغة", [["injured", 3, 3, "3 أشخاص", ""]]],
      ["a whole in another sentence", "أصيب 9 أشخاص. وقال إن ثلاثة منهم إصاباتهم بالغة", [["injured", 9, 9, "9 أشخاص", ""]]],
      ["a patient's condition counts nobody", "وقال الطبيب إن المريض في حالة حرجة", []],
      ["«حالة» with no injured before it", "وصف الوزير الوضع بأنه حالة حرجة", []],
      ["a condition after a comma is not the figure's", "أصيب 4 أشخاص، وحالة الطقس خطيرة", [["injured", 4, 4, "4 أشخاص", ""]]],
    ];
    it.each(CONDITIONS)("%s: %s", (_l, sentence, expected) => expect(withCondition(sentence)).toEqual(expected));
  });

  it("spans slice the original text even with invisible controls (#7)", () => {
    const src = "أصيب ٢\u200F١ جريحاً";
    const [c] = extractDetails(src).counts;
    expect(src.slice(c!.start, c!.end)).toBe(c!.text);
    expect([c!.min, c!.text]).toEqual([21, "٢\u200F١ جريحاً"]);
  });
});
