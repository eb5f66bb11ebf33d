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
};

export const statementsMessages = { en, fr };
