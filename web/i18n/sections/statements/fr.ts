// The French text of web/i18n/sections/statements/en.ts (see there), the same keys.

import type { StatementsMessages } from './en.js';

export const statements: StatementsMessages = {
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
