// The Arabic text of web/i18n/sections/screens/en.ts (see there), the same keys.

import type { ScreensMessages } from './en.js';

// Arabic: amounts are isolated (FSI … PDI) so that an amount and its currency stay together in a
// right-to-left sentence; the isolates are removed from downloads (server/contract/bidi.ts).
const FSI = '\u2068';
const PDI = '\u2069';
const iso = (name: string) => `${FSI}{{${name}}}${PDI}`;

export const screens: ScreensMessages = {
  menu: 'القائمة',
  glance: {
    heading: 'لمحة سريعة',
    latestHeading: 'آخر الأرقام المالية المعروفة',
    yearAge: '{{year}} — {{age}}',
    partYear: `${iso('value')} (جزء من السنة)`,
    noYear: 'السنة غير مذكورة',
    noMoney: 'لم يُسجَّل أي رقم مالي لهذا الصندوق.',
    balanceHeading: 'المقبوض والمُنفَق',
    balanceMore: `في عام {{year}} قبض الصندوق ${iso('received')} وأنفق ${iso('spent')}: دخل ${iso('difference')} أكثر مما خرج.`,
    balanceLess: `في عام {{year}} قبض الصندوق ${iso('received')} وأنفق ${iso('spent')}: خرج ${iso('difference')} أكثر مما دخل.`,
    balanceEven: `في عام {{year}} قبض الصندوق ${iso('received')} وأنفق ${iso('spent')}: دخل مقدار ما خرج.`,
    balanceUnknownYear: `{{year}}: المقبوض ${iso('received')}، والمُنفَق ${iso('spent')}؛ الفرق غير معروف.`,
    balanceNone: 'لا توجد سنة يُعرف فيها ما قبضه الصندوق وما أنفقه معاً، فالفرق غير معروف.',
    trendHeading: 'التبرعات عبر السنوات المعروفة',
    trendNone: 'لم تُسجَّل أي تبرعات سنوية.',
    trendOne: `لا تُعرف إلا سنة {{year}}: ${iso('value')}.`,
    trend: {
      up: `ارتفاع من ${iso('first')} في {{firstYear}} إلى ${iso('last')} في {{lastYear}}.`,
      down: `انخفاض من ${iso('first')} في {{firstYear}} إلى ${iso('last')} في {{lastYear}}.`,
      flat: `المبلغ نفسه في {{firstYear}} و{{lastYear}}: ${iso('last')}.`,
      unclear: `من ${iso('first')} في {{firstYear}} إلى ${iso('last')} في {{lastYear}}؛ لا تسمح تحفظات المصادر بالقول إن كان ارتفع أم انخفض.`,
    },
    yearsKnown: 'السنوات المعروفة: {{years}}؛ أما السنوات الأخرى فأرقامها ناقصة، وليست صفراً.',
    alsoKnownHeading: 'أرقام أخرى معروفة',
    gapHeading: 'الفجوة',
    gapKnown: `{{year}}: فجوة قدرها ${iso('gap')} مقابل احتياجات قدرها ${iso('requirement')}؛ المقبوض ${iso('received')}، ونسبة التغطية ${iso('coverage')}.`,
    gapRequirementOnly: `{{year}}: احتياجات قدرها ${iso('requirement')}؛ الفجوة غير معروفة لأن المقبوض غير مسجَّل.`,
    noRequirement: 'لم تُنشر في المصادر المقروءة أي احتياجات (ما يقول الصندوق إنه يحتاجه)، فلا تُعطى أي فجوة: لا تُخمَّن.',
    knownInstead: 'المعروف بدلاً من ذلك: {{metrics}} (أعلاه).',
    knownInsteadNothing: 'ولم يُسجَّل أي رقم مالي آخر كذلك.',
    requirementDocuments_zero: '{{count}} وثيقة لم تُقرأ بعد قد تذكر الاحتياجات',
    requirementDocuments_one: '{{count}} وثيقة لم تُقرأ بعد قد تذكر الاحتياجات',
    requirementDocuments_two: '{{count}} من الوثائق لم تُقرأ بعد قد تذكر الاحتياجات',
    requirementDocuments_few: '{{count}} وثائق لم تُقرأ بعد قد تذكر الاحتياجات',
    requirementDocuments_many: '{{count}} وثيقة لم تُقرأ بعد قد تذكر الاحتياجات',
    requirementDocuments_other: '{{count}} وثيقة لم تُقرأ بعد قد تذكر الاحتياجات',
  },
  fund: {
    figuresToggle: 'عرض جميع الأرقام ({{count}}) مع مصادرها',
    backlogToggle: 'عرض الوثائق التي تتضمن الأرقام الناقصة ({{count}})',
  },
  ranking: {
    heading: 'ترتيب الجهات المانحة بحسب ما دفعته: {{fund}}',
    intro: 'لا يُعطى ترتيب لسنة إلا إذا كان مجموع ما قبضه الصندوق مسجَّلاً وكانت المبالغ المرتَّبة دقيقة؛ وإلا يُذكر السبب بدلاً من ترتيب مُخمَّن.',
    none: 'لم تُسجَّل أي تبرعات سنوية من جهات مانحة لهذا الصندوق، فلا يوجد ما يُرتَّب.',
    caption: '{{fund}}، {{year}}: الجهات المانحة بحسب المبلغ المدفوع',
    rank: 'المرتبة',
    donor: 'الجهة المانحة',
    paid: 'المدفوع',
    share: 'الحصة من مجموع الصندوق',
    fundTotal: `مجموع ما قبضه الصندوق: ${iso('total')}`,
    withheld: {
      fund_total_unknown: '{{year}}: بلا ترتيب — مجموع ما قبضه الصندوق في {{year}} غير مسجَّل، فلا يمكن إعطاء ترتيب ولا حصة.',
      no_exact_amounts: '{{year}}: بلا ترتيب — لا يوجد مبلغ دقيق لأي جهة مانحة في {{year}}.',
    },
    notRankedHeading: 'مسجَّلة في {{year}} لكنها غير مرتَّبة:',
  },
  matrix: {
    fund: 'الصندوق',
    recorded: 'المسجَّل',
    byYear: 'حسب السنة',
    noYears: 'لا يوجد مبلغ سنوي',
    yearValue: `{{year}}: ${iso('value')}`,
    trendLabel: 'حسب السنة: {{values}}',
  },
  sheet: {
    sources: 'المصادر',
    print: 'طباعة أو حفظ بصيغة PDF',
    heading: 'صحيفة الجهة المانحة',
    made: 'أُعدَّت في {{date}} من {{address}}',
    fundsRecorded: 'الصناديق التي لها سجل',
    yearsRecorded: 'السنوات التي لها سجل سنوي',
    latestYear: 'آخر سجل سنوي',
    noYears: 'لا يوجد',
    hint: 'تُطبع الصحيفة في صفحة واحدة دون قوائم الموقع وأزراره؛ والقائمة الكاملة للأرقام أدناه في هذه الصفحة.',
  },
};
