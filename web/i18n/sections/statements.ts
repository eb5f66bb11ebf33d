// UI text for the statements views, English and French (merged into web/i18n/en.ts and fr.ts).
// The sentences of a brief themselves are written by the server (server/domain/statements.ts).
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en = {
  heading: 'Statement brief',
  intro:
    'For delegations preparing statements under Human Rights Council agenda item 10: what the recorded figures say about one State as a donor to the four trust funds (pledges and payments) and as a beneficiary (delegates, fellows, projects, sessions), written as sentences to quote. Each sentence keeps every qualifier of its figure — “more than”, “about”, “cumulatively since”, pledged rather than paid, a secondary source — and ends with its citation.',
  choose: 'Choose the State and the language',
  state: 'State',
  chooseState: 'Choose a State…',
  briefLanguage: 'Language of the brief',
  briefLanguagesNote:
    'Briefs are written in English or French for now: their wording rules (pledged is not paid, “more than”, “about”) are checked in those two languages only.',
  pickPrompt: 'Choose a State to read its brief.',
  briefFor: 'Brief on {{state}}',
  sentenceCount_one: '{{count}} sentence, from one recorded figure',
  sentenceCount_other: '{{count}} sentences, each from one recorded figure',
  coverage:
    'Only the figures recorded in this dashboard are used. A fund or year that is not mentioned is not recorded here; it does not mean that nothing was given or received.',
  sentences: 'Sentences to quote',
  sources: 'Sources:',
  copy: 'Copy',
  copySentence: 'Copy sentence {{n}}',
  copyAll: 'Copy all',
  copyAllLabel: 'Copy all {{count}} sentences',
  copied: 'Sentence {{n}} copied.',
  copiedMark: 'Copied',
  copyFailedMark: 'Not copied',
  copiedAll_one: 'The sentence was copied.',
  copiedAll_other: 'All {{count}} sentences copied.',
  copyFailed: 'The text could not be copied. Select it and copy it by hand.',
  unknownState: 'No State has the code “{{code}}”.',
  fundWide: 'What every delegation can say of the funds as a whole',
  fundWideIntro: 'The same for every State: the latest running totals recorded for each fund (people and countries supported, money allocated), each as its source states it, with its citation.',
  copyFundWide: 'Copy fund-wide sentence {{n}}',
  copiedFundWide: 'Fund-wide sentence {{n}} copied.',
  context: 'Context: not to be quoted as this State’s own figures',
  contextIntro: 'Records that name this State without giving its own figure: a source that names it in connection with a fund without saying the fund paid, or a total shared with other States where its own count is given above.',
  notShown_one: '{{n}} more figure of this section is not written out here: the brief writes out the newest {{shown}}.',
  notShown_other: '{{n}} more figures of this section are not written out here: the brief writes out the newest {{shown}}.',
  allFigures: 'See every figure recorded about {{state}}',
} as const;

const fr: Widen<typeof en> = {
  heading: 'Note pour déclaration',
  intro:
    'Pour les délégations qui préparent leurs déclarations au titre du point 10 de l’ordre du jour du Conseil des droits de l’homme : ce que disent les chiffres enregistrés sur un État, en tant que donateur des quatre fonds d’affectation spéciale (annonces de contributions et versements) et en tant que bénéficiaire (délégués, boursiers, projets, sessions), sous forme de phrases prêtes à citer. Chaque phrase conserve toutes les précisions dont son chiffre est assorti — « plus de », « environ », « au total depuis », annoncé plutôt que versé, source secondaire — et se termine par la citation de sa source.',
  choose: 'Choisir l’État et la langue',
  state: 'État',
  chooseState: 'Choisir un État…',
  briefLanguage: 'Langue de la note',
  briefLanguagesNote:
    'Pour l’instant, les notes sont rédigées en anglais ou en français : leurs règles de formulation (annoncé ne signifie pas versé, « plus de », « environ ») ne sont vérifiées que dans ces deux langues.',
  pickPrompt: 'Choisissez un État pour lire sa note.',
  briefFor: 'Note sur {{state}}',
  sentenceCount_one: '{{count}} phrase, tirée d’un chiffre enregistré',
  sentenceCount_other: '{{count}} phrases, chacune tirée d’un chiffre enregistré',
  coverage:
    'Seuls les chiffres enregistrés dans ce tableau de bord sont utilisés. Si un fonds ou une année n’est pas mentionné, c’est que rien n’est enregistré ici à ce sujet ; cela ne veut pas dire que rien n’a été donné ni reçu.',
  sentences: 'Phrases à citer',
  sources: 'Sources :',
  copy: 'Copier',
  copySentence: 'Copier la phrase {{n}}',
  copyAll: 'Tout copier',
  copyAllLabel: 'Tout copier ({{count}} phrases)',
  copied: 'Phrase {{n}} copiée.',
  copiedMark: 'Copiée',
  copyFailedMark: 'Non copiée',
  copiedAll_one: 'La phrase a été copiée.',
  copiedAll_other: 'Les {{count}} phrases ont été copiées.',
  copyFailed: 'Le texte n’a pas pu être copié. Sélectionnez-le et copiez-le à la main.',
  unknownState: 'Aucun État n’a le code « {{code}} ».',
  fundWide: 'Ce que toute délégation peut dire des fonds dans leur ensemble',
  fundWideIntro: 'Identique pour tous les États : les derniers totaux cumulés enregistrés pour chaque fonds (personnes et pays aidés, fonds alloués), chacun tel que sa source l’énonce, avec sa citation.',
  copyFundWide: 'Copier la phrase sur les fonds {{n}}',
  copiedFundWide: 'Phrase sur les fonds {{n}} copiée.',
  context: 'Contexte : à ne pas citer comme chiffres propres à cet État',
  contextIntro: 'Mentions de cet État qui ne donnent pas son propre chiffre : une source qui le cite en lien avec un fonds sans dire que le fonds a payé, ou un total partagé avec d’autres États alors que son propre décompte figure plus haut.',
  notShown_one: '{{n}} autre chiffre de cette section n’est pas repris ici : la note reprend les {{shown}} plus récents.',
  notShown_other: '{{n}} autres chiffres de cette section ne sont pas repris ici : la note reprend les {{shown}} plus récents.',
  allFigures: 'Voir tous les chiffres enregistrés concernant {{state}}',
};

export const statementsMessages = { en, fr };
