import { describe, expect, it } from "vitest";
import { sameIncident } from "./incident.ts";

/** A sentence alone (its figure's place in it left unsaid), or a sentence with the figure's words. */
type Side = string | [sentence: string, figure: string];
const figure = (side: Side) => (typeof side === "string" ? { quote: side, text: "" } : { quote: side[0], text: side[1] });

// [label, sentence a, sentence b, one incident as far as the sentences tell] — sentences from SaudiNewsNet
const CASES: [string, Side, Side, boolean][] = [
  // two incidents of one roundup
  [
    "two car bombs in two districts",
    "وقتل ثلاثة عناصر من الجيش والشرطة وأصيب تسعة، في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة الطارمية شمال بغداد.",
    "وقال ضابط في الشرطة: «استشهد 16 شخصا على الأقل وجرح 30 في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع» في غرب العاصمة.",
    false,
  ],
  [
    "two bombs in two districts named with clitics",
    "أصيب سبعة آخرون بجروح في انفجار عبوة ناسفة قرب محال تجارية في منطقة كمب سارة، وسط بغداد.",
    "أصيب سبعة آخرون بجروح بانفجار عبوة ناسفة قرب محال تجارية بمنطقة سويب جنوب غربي بغداد اليوم.",
    false,
  ],
  [
    "a mine in the figure's clause, a suicide attack in another (SaudiNewsNet)",
    ["ان جنديين تركيين قتلا وجرح 24 آخرون صباح الاحد في هجوم انتحاري لمتمردي حزب العمال الكردستاني.", "جنديين تركيين"],
    ["كما قتل جندي تركي وأصيب آخر إثر انفجار لغم في مركبة عسكرية في محافظة ماردين، وقالت الوكالة إن هجوما انتحاريا بجرار مفخخ استهدف مركزا للشرطة.", "جندي تركي"],
    false,
  ],
  ["a suicide attack and a mine", "ان جنديين تركيين قتلا وجرح 24 آخرون صباح الاحد في هجوم انتحاري لمتمردي حزب العمال الكردستاني.", "كما قتل جندي تركي وأصيب آخر إثر انفجار لغم في مركبة عسكرية.", false],
  ["two cities of the gazetteer", "مما أسفر عن مقتل العشرات من عناصر داعش خلال المواجهات في الرمادي.", "وتمكنت من قتل 11 من عناصر التنظيم في محافظة كركوك.", false],
  [
    "scattered clashes on two days are tallies, not one incident",
    "وأوضحت المصادر أن 17 فرداً من المتمردين الحوثيين قتلوا في مواجهات بمناطق متفرقة من تعز، بينما قتل 3 من أفراد المقاومة الشعبية.",
    "وأفادت مصادر في اليمن أن 13 عنصراً من الحوثيين قتلوا في اشتباكات في مدينة تعز، مشيرة كذلك إلى سقوط 4 قتلى من أفراد المقاومة الشعبية.",
    false,
  ],
  [
    "a shelling of two towns and a rocket on one district (SaudiNewsNet)",
    "واكد المرصد السوري سقوط اكثر من 160 قذيفة أمس على البلدتين الواقعتين في محافظة حلب، ما تسبب بمقتل شخص والعديد من الجرحى.",
    "قال رامي عبدالرحمن مدير المرصد: سقط الصاروخ، ويرجح أنه أرض ــ أرض، على حي المغاير الشعبي في حلب القديمة الواقع تحت سيطرة المعارضة، ما تسبب في مقتل 18 شخصا بينهم طفل.",
    false,
  ],
  ["one of two towns is one place (review)", "قتل 5 في قصف على إحدى البلدتين.", "قتل 7 في قصف على البلدة.", true],
  ["clashes on several fronts", "مقتل 7 من المقاومة الشعبية خلال مواجهات دارت على عدة جبهات.", "قتل 3 من المقاومة الشعبية في مواجهات.", false],
  ["the first of two accidents", "أن الحادث الأول وقع على طريق الرياض الدمام وأسفر عن وفاة شخصين.", "نتج من الحادث حالة وفاة واحدة.", false],
  [
    "a tally of two days' attacks in two countries against one city's bombing (SaudiNewsNet, Cameroon)",
    "حيث فجرت انتحاريتان نفسيهما في مدينة مروة شمال الكاميرون، ما أدى إلى مقتل (20) شخصاً وإصابة عدد كبير من الأشخاص بجروح.",
    "وأدانت المنظمة الهجوم الإرهابي الذي وقع يومي الأربعاء والخميس في الكاميرون ونيجيريا، مما أدى إلى مقتل 37 شخصاً.",
    false,
  ],
  ["a tally of two days", "قتل 20 شخصا في تفجير انتحاري بمدينة مروة", "قتل 37 شخصا خلال يومين من الهجمات", false],
  // one incident, told differently (false positives of the rule)
  ["an attack two days ago is one attack", "قتل 20 شخصا في تفجير انتحاري بمدينة مروة", "ارتفع إلى 37 عدد قتلى الهجوم الذي وقع منذ يومين", true],
  ["a daily report tells one incident («اليومي» is daily)", "قتل 20 شخصا في تفجير انتحاري بمدينة مروة", "وقال المرصد في تقريره اليومي إن 37 قتلوا في التفجير", true],
  ["one bombing: a district and the city it is in", "قتل 16 شخصا في تفجير سيارة مفخخة في منطقة البياع.", "قتل 14 شخصا في تفجير سيارة مفخخة في منطقة البياع ببغداد.", true],
  ["a car bomb driven by a suicide bomber, told as either", "قتل 5 في تفجير سيارة مفخخة يقودها انتحاري.", "قتل 7 في هجوم انتحاري.", true],
  ["a general word names no kind", "قتل 5 في هجوم على مركز للشرطة.", "قتل 7 في تفجير سيارة مفخخة.", true],
  ["a town within its governorate", "قتل 12 شخصا في قصف على مدينة القائم.", "قتل 20 شخصا في قصف على الأنبار.", true],
  [
    "a road named after the cities it joins is not where the accident was (SaudiNewsNet)",
    "لقي تسعة معتمرين عمانيين مصرعهم وأصيب 47 آخرون، في حادث مروري فجر الخميس على طريق الرياض - خريص.",
    "لقي تسعة أشخاص مصرعهم وأصيب 50 آخرين في حادث مروري مروع وقع فجر اليوم الخميس لحافلة على طريق الأحساء.",
    true,
  ],
  ["countries named in passing tell nothing apart", "قتل 27 في انفجار قرب الحدود مع سوريا.", "قتل 30 في انفجار جنوب شرق تركيا.", true],
  ["a locality word that describes, not names", "قتل 4 مدنيين في قصف على منطقة سكنية.", "قتل 6 مدنيين في قصف على منطقة الفاخر.", true],
  ["the definite locality word names no place", "قتل 3 جنود في المنطقة الحدودية.", "قتل 5 جنود في منطقة الطارمية.", true],
  ["«عدة» before no place is no tally", "أصيب 5 في الهجوم ونقل عدة مصابين إلى المستشفى.", "أصيب 7 في الهجوم.", true],
  ["a ceasefire named is no shooting", "قتل 5 مدنيين رغم وقف إطلاق النار.", "قتل 7 مدنيين في غارة على السوق.", true],
  ["an air force is no airstrike", "قتل 3 من القوات الجوية في الهجوم.", "قتل 4 جنود في هجوم انتحاري.", true],
  ["a city and a governorate are not set apart by name (review)", "قتل 10 مدنيين في تفجير في مدينة الموصل.", "قتل 17 مدنيا في تفجير في محافظة نينوى.", true],
  ["a town the gazetteer knows, within its governorate", "قتل 12 جنديا في هجوم بمدينة الرمادي.", "قتل 15 جنديا في هجوم بالرمادي في محافظة الأنبار.", true],
  ["the latest attack is the one the story is about", "وأسفر الهجوم الأخير على السوق عن مقتل 20 شخصا.", "قتل 35 شخصا في الهجوم على السوق.", true],
  ["the first of its kind is no first of several", "قتل 8 في الهجوم الأول من نوعه على المدينة.", "قتل 6 في الهجوم على المدينة.", true],
  ["a plane that crashed, told as hitting a mountain", "قتل 12 في تحطم طائرة عسكرية.", "قتل 9 إثر اصطدام الطائرة بجبل.", true],
  ["a roadside bomb told as a car bomb", "قتل 4 جنود بانفجار عبوة ناسفة.", "قتل 6 جنود بانفجار سيارة مفخخة.", true],
  ["rain and the landslide it caused", "لقي 28 شخصا حتفهم جراء الأمطار الغزيرة.", "لقي 15 شخصا حتفهم في انهيارات أرضية.", true],
  ["shot by the police, in clashes with the police", "قتل 3 متظاهرين برصاص الشرطة.", "قتل 5 متظاهرين في مواجهات مع الشرطة.", true],
  ["«قضاء» of spending time names no place", "غرق 3 أطفال أثناء قضاء عطلتهم.", "غرق 4 أطفال في منطقة الشاطئ.", true],
  ["a figure's clause that names no kind takes its sentence's", ["وقتل ثلاثة عناصر وأصيب تسعة، في تفجير سيارة مفخخة.", "تسعة"], ["أصيب 30 في تفجير سيارة مفخخة.", "30"], true],
  ["one sentence names nothing", "أصيب 5 آخرون في الحادث.", "أصيب 3 آخرون في حادث اصطدام سيارة بناقة في منطقة جازان.", true],
];

describe("sameIncident (a roundup's incidents are not set against each other)", () => {
  it.each(CASES)("%s", (_label, a, b, expected) => {
    expect(sameIncident(figure(a), figure(b))).toBe(expected);
    expect(sameIncident(figure(b), figure(a))).toBe(expected);
  });
});
