// Where in a document a figure is, said in French for a French brief: the locators in data/ are
// written in English ("para. 5", "statement text, 3rd paragraph"). Only our own words are
// translated; anything quoted from the document ("Latest news", a table's title) stays as printed.
// A locator no rule knows stays as written.

const MONTHS_FR: Record<string, string> = {
  January: 'janvier',
  February: 'février',
  March: 'mars',
  April: 'avril',
  May: 'mai',
  June: 'juin',
  July: 'juillet',
  August: 'août',
  September: 'septembre',
  October: 'octobre',
  November: 'novembre',
  December: 'décembre',
};

/** Ordered rules: the first ones handle whole phrases, the later ones the words left. */
const RULES: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  [/\bparas?\.\s*(\d+)/g, 'par. $1'],
  [/\b(\d+)(?:st|nd|rd|th) paragraph\b/g, (_m, n) => `${n === '1' ? '1er' : `${n}e`} paragraphe`],
  [/\bfirst paragraph\b/g, 'premier paragraphe'],
  [/\bopening paragraphs\b/g, "paragraphes d'ouverture"],
  [/\bopening paragraph\b/g, "paragraphe d'ouverture"],
  [/\bintroductory paragraph\b/g, "paragraphe d'introduction"],
  [/\bagenda paragraph\b/g, "paragraphe sur l'ordre du jour"],
  [/\bfunding paragraph\b/g, 'paragraphe sur le financement'],
  [/\bprogramme paragraph\b/g, 'paragraphe sur le programme'],
  [/\bparagraph listing contributors\b/g, 'paragraphe énumérant les contributeurs'],
  [/\bparagraph under the image captioned\b/g, "paragraphe sous l'image intitulée"],
  [/\bparagraph beginning\b/g, 'paragraphe commençant par'],
  [/\bVFTC paragraph\b/g, 'paragraphe sur le VFTC'],
  [/\bparagraph on\b/g, 'paragraphe sur'],
  [/\bparagraph (\d+)/g, 'paragraphe $1'],
  [/\bnumbered donor list\b/g, 'liste numérotée des donateurs'],
  [/(\uE000\d+\uE000) numbered list\b/g, 'liste numérotée $1'],
  [/\bstatement text\b/g, 'texte de la déclaration'],
  [/\barticle body\b/g, "corps de l'article"],
  [/\barticle text\b/g, "texte de l'article"],
  [/\bstatistics block\b/g, 'encadré statistique'],
  [/\bphoto caption\b/g, 'légende de la photo'],
  [/\btitle and\b/g, 'titre et'],
  [/\bclosing remarks\b/g, 'remarques de clôture'],
  [/\bquote of\b/g, 'citation de'],
  [/\bcomparison figure\b/g, 'chiffre de comparaison'],
  [/^summary\b/g, 'résumé'],
  [/^section\b/g, 'section'],
  [/^table\b/g, 'tableau'],
  [/^entry\b/g, 'entrée'],
  [/\bparagraph\b/g, 'paragraphe'],
  [
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    (m) => MONTHS_FR[m]!,
  ],
  [/ and (\d+)/g, ' et $1'],
  [/ and (\S)/g, ' et $1'],
];

/** The locator in the brief's language; an English brief gets it as written. */
export function locatorIn(locator: string, lang: 'en' | 'fr'): string {
  if (lang === 'en') return locator;
  // Quoted parts are the document's own words: set aside while the rules run, then put back.
  const quoted: string[] = [];
  let text = locator.replace(/"[^"]*"|(?<=[\s(])'.*'(?=\)|$)/g, (q) => {
    quoted.push(q);
    return `\uE000${quoted.length - 1}\uE000`;
  });
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement as string);
  return text.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => quoted[Number(i)]!);
}
