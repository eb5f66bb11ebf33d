// Builds the report PDFs the PDF tests read, laid out as UN reports are: masthead and symbol on page 1,
// tables with dotted leaders, multi-line headers, a unit line, "–" for none, negatives in parentheses,
// "Total" lines, and a table continued on the next page. English and French; plus hostile files.

import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

type Lang = 'en' | 'fr';

const WORDS = {
  en: {
    masthead: 'United Nations',
    body: 'General Assembly',
    distr: 'Distr.: General',
    date: '12 June 2024',
    original: 'Original: English',
    title: ['Report of the Board of Trustees of the United Nations', 'Voluntary Fund for Technical Cooperation'],
    prose: [
      'The Board of Trustees met twice in the year and reviewed the work of the Fund in the field.',
      'This report sets out the income and the expenditure of the Fund for the year, and the',
      'contributions received from donors, with the balance of the Fund at the end of the year.',
    ],
    table1: ['Table 1', 'Statement of income and expenditure', '(Thousands of United States dollars)'],
    header1: [['Item', '31 December', '31 December'], ['', '2023', '2022']],
    rows1: [
      ['Voluntary contributions', '13 600.5', '12 345.0'],
      ['Interest income', '1,234.0', '–'],
      ['Programme support costs', '2\u00a0500.0', '2 400.0'],
      ['Transfers to other funds', '(250.0)', '(1 000.0)'],
      ['Other income', '-', '45.0'],
      ['Total', '17 084.5', '13 790.0'],
    ],
    table2: ['Table 2', 'Contributions received, by donor, in 2023', '(United States dollars)'],
    continued: ['Table 2 (continued)'],
    header2: [['Donor', 'Amount']],
    rows2a: [['Denmark', '1 250 000'], ['Germany', '640 000'], ['Maldives', '5 000'], ['Chile', '20 000']],
    rows2b: [['Norway', '13 60O'], ['Peru', '3 000'], ['Total', '1 918 000']],
  },
  fr: {
    masthead: 'Nations Unies',
    body: 'Assemblée générale',
    distr: 'Distr. : générale',
    date: '12 juin 2024',
    original: 'Original : anglais',
    title: ["Rapport du Conseil d'administration du Fonds de", 'contributions volontaires pour la coopération technique'],
    prose: [
      "Le Conseil d'administration s'est réuni deux fois dans l'année et a examiné les travaux du Fonds.",
      'Le présent rapport expose les recettes et les dépenses du Fonds pour l’année, les contributions',
      'reçues des donateurs et le solde du Fonds à la fin de la période, dans les tableaux ci-après.',
    ],
    table1: ['Tableau 1', 'État des recettes et des dépenses', '(En milliers de dollars des États-Unis)'],
    header1: [['Poste', '31 décembre', '31 décembre'], ['', '2023', '2022']],
    rows1: [
      ['Contributions volontaires', '13 600,5', '12 345,0'],
      ['Intérêts créditeurs', '1 234,0', '–'],
      ['Dépenses d’appui aux programmes', '2\u00a0500,0', '2 400,0'],
      ['Virements à d’autres fonds', '(250,0)', '(1 000,0)'],
      ['Autres recettes', '-', '45,0'],
      ['Total', '17 084,5', '13 790,0'],
    ],
    table2: ['Tableau 2', 'Contributions reçues, par donateur, en 2023', '(En dollars des États-Unis)'],
    continued: ['Tableau 2 (suite)'],
    header2: [['Donateur', 'Montant']],
    rows2a: [['Danemark', '1 250 000'], ['Allemagne', '640 000'], ['Maldives', '5 000'], ['Chili', '20 000']],
    rows2b: [['Norvège', '13 60O'], ['Pérou', '3 000'], ['Total', '1 918 000']],
  },
};

const LEFT = 72;
const SIZE = 9;

interface Writer {
  page: PDFPage;
  font: PDFFont;
  bold: PDFFont;
  y: number;
}

const text = (w: Writer, s: string, x: number, size = SIZE, font = w.font) => w.page.drawText(s, { x, y: w.y, size, font });
const right = (w: Writer, s: string, xRight: number, size = SIZE) => text(w, s, xRight - w.font.widthOfTextAtSize(s, size), size);

/** A table: caption lines, header lines (cells right-aligned over their columns), rows with dotted leaders. */
function table(w: Writer, caption: string[], header: string[][], rows: string[][], columns: number[], leaders: boolean) {
  for (const line of caption) {
    text(w, line, LEFT, line.startsWith('(') ? 8 : 10, line.startsWith('Tabl') ? w.bold : w.font);
    w.y -= 13;
  }
  w.y -= 8;
  for (const line of header) {
    if (line[0]) text(w, line[0], LEFT, 8);
    line.slice(1).forEach((cell, i) => right(w, cell, columns[i]!, 8));
    w.y -= 10;
  }
  w.y -= 6;
  for (const [label, ...cells] of rows) {
    // Leaders run from the label to just before the first column, as Word's tab leaders do.
    const dots = leaders && label !== 'Total' ? ` ${'.'.repeat(Math.floor((columns[0]! - 60 - LEFT - w.font.widthOfTextAtSize(label!, SIZE)) / w.font.widthOfTextAtSize('.', SIZE)))}` : '';
    text(w, label + dots, LEFT, SIZE, label === 'Total' ? w.bold : w.font);
    cells.forEach((cell, i) => right(w, cell, columns[i]!));
    w.y -= 14;
  }
}

/** A two-page-table report: page 1 masthead and prose, page 2 table 1 and table 2's start, page 3 its end. */
export async function buildReportPdf(lang: Lang): Promise<Uint8Array> {
  const t = WORDS[lang];
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const newPage = (): Writer => ({ page: doc.addPage([612, 792]), font, bold, y: 700 });

  const one = newPage();
  one.y = 735;
  text(one, t.masthead, LEFT, 13);
  text(one, 'A/HRC/56/78', 480, 12);
  one.y = 706;
  text(one, t.body, LEFT, 19);
  text(one, t.distr, 400, 10);
  one.y = 694;
  text(one, t.date, 400, 10);
  one.y = 670;
  text(one, t.original, 400, 10);
  one.y = 560;
  for (const line of t.title) {
    text(one, line, LEFT, 14, bold);
    one.y -= 17;
  }
  one.y = 480;
  for (const line of t.prose) {
    text(one, line, LEFT, 10);
    one.y -= 13;
  }

  const two = newPage();
  table(two, t.table1, t.header1, t.rows1, [400, 500], true);
  two.y = 200;
  table(two, t.table2, t.header2, t.rows2a, [450], true);

  const three = newPage();
  table(three, t.continued, t.header2, t.rows2b, [450], true);
  return doc.save();
}

/** A PDF whose only page is a drawing: no text layer, as a scan without OCR. */
export async function buildTextlessPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawRectangle({ x: 72, y: 400, width: 300, height: 200, borderWidth: 2 });
  return doc.save();
}

/**
 * A PDF encrypted with a user password (standard security handler, AES-256): its keys are random, so no
 * reader can open it without the password, which is what the test needs.
 */
export async function buildEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText('secret', { x: 72, y: 700, size: 12 });
  const random = (n: number) => PDFString.of(Array.from({ length: n }, (_, i) => String.fromCharCode(65 + ((i * 7) % 26))).join(''));
  const encrypt = doc.context.obj({
    Filter: PDFName.of('Standard'),
    V: 5,
    R: 6,
    Length: 256,
    P: -4,
    O: random(48),
    U: random(48),
    OE: random(32),
    UE: random(32),
    Perms: random(16),
    CF: { StdCF: { CFM: PDFName.of('AESV3'), AuthEvent: PDFName.of('DocOpen'), Length: 32 } },
    StmF: PDFName.of('StdCF'),
    StrF: PDFName.of('StdCF'),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFString.of('0123456789abcdef'), PDFString.of('0123456789abcdef')]);
  return doc.save({ useObjectStreams: false });
}

/** A table to lay out: caption lines, header lines, rows (label first), and the right edge of each amount column. */
export interface TableLayout {
  caption: string[];
  header: string[][];
  rows: string[][];
  columns: number[];
}

/**
 * A report whose page 1 is the usual masthead (with `symbol`, or none when null) and whose later pages
 * each hold the tables given for them, top to bottom.
 */
export async function buildTablesPdf(options: { lang: Lang; symbol: string | null; pages: TableLayout[][] }): Promise<Uint8Array> {
  const t = WORDS[options.lang];
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const newPage = (): Writer => ({ page: doc.addPage([612, 792]), font, bold, y: 700 });
  const one = newPage();
  one.y = 735;
  text(one, t.masthead, LEFT, 13);
  if (options.symbol) text(one, options.symbol, 480, 12);
  one.y = 706;
  text(one, t.body, LEFT, 19);
  text(one, t.distr, 400, 10);
  one.y = 694;
  text(one, t.date, 400, 10);
  one.y = 560;
  for (const line of t.title) {
    text(one, line, LEFT, 14, bold);
    one.y -= 17;
  }
  one.y = 480;
  for (const line of t.prose) {
    text(one, line, LEFT, 10);
    one.y -= 13;
  }
  for (const tables of options.pages) {
    const page = newPage();
    for (const layout of tables) {
      table(page, layout.caption, layout.header, layout.rows, layout.columns, true);
      page.y -= 40;
    }
  }
  return doc.save();
}

/** Many pages of prose with a donor table every fifth page: a report of the size the benchmark reads. */
export async function buildLongReportPdf(pages: number): Promise<Uint8Array> {
  const t = WORDS.en;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const w: Writer = { page: doc.addPage([612, 792]), font, bold, y: 735 };
    if (n === 1) {
      text(w, t.masthead, LEFT, 13);
      text(w, 'A/HRC/56/78', 480, 12);
      w.y = 560;
      for (const line of t.title) {
        text(w, line, LEFT, 14, bold);
        w.y -= 17;
      }
    }
    w.y = 680;
    if (n % 5 === 0) {
      const rows = Array.from({ length: 30 }, (_, i) => [`Donor ${n}-${i + 1}`, `${(i + 1) * 1000 + n}`.replace(/\B(?=(\d{3})+$)/, ' ')]);
      table(w, [`Table ${n / 5}`, 'Contributions received, by donor', '(United States dollars)'], t.header2, rows, [450], true);
      continue;
    }
    for (let line = 0; line < 45; line++) {
      text(w, t.prose[line % t.prose.length]!, LEFT, 10);
      w.y -= 13;
    }
  }
  return doc.save();
}

/**
 * A short report for the import page's browser test (symbol A/HRC/58/12): page 2 holds one donor table
 * whose rows add up, with one donor no name matches ("European Commission": the closest donor is the
 * European Union, for the editor to choose).
 */
export function buildDonorTablePdf(): Promise<Uint8Array> {
  const rows = [['Denmark', '150 000'], ['Maldives', '5 000'], ['European Commission', '80 000'], ['Total', '235 000']];
  const donors: TableLayout = { caption: ['Table 1', 'Contributions received, by donor, in 2024', '(United States dollars)'], header: [['Donor', 'Amount']], rows, columns: [450] };
  return buildTablesPdf({ lang: 'en', symbol: 'A/HRC/58/12', pages: [[donors]] });
}
