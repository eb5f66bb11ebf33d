// UI text for the statements views, English and French (merged into web/i18n/en.ts and fr.ts).
// The sentences of a brief themselves are written by the server (server/domain/statements.ts).
// This file: the English text and the shape every language follows (web/i18n/sections/statements/*.ts);
// one file per language, so that a reader loads only their own.

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const statements = {
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

export type StatementsMessages = Widen<typeof statements>;
