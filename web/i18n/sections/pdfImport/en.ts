// UI text for importing a report PDF (web/pages/ImportPage.tsx and its components), in the six
// languages (merged into web/i18n/*.ts). The metric names of a statement follow the glossary's terms.
// This file: the English text and the shape every language follows (web/i18n/sections/pdfImport/*.ts);
// one file per language, so that a reader loads only their own.

type Shape<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const pdfImport = {
  intro:
    'Add a report PDF from the UN documents system, choose one of its tables, say which column holds the donors and which the amounts (or, for a statement of income and expenditure, what each row is), and run a dry run: every row is shown with the donor it matched and the page it came from. Nothing is written until you commit, and a table whose rows do not add up to its stated total cannot be committed. A table can also be pasted as text or uploaded as CSV or XLSX.',
  format: 'Report PDF',
  dryRun: 'Dry run',
  upload: {
    legend: 'Report PDFs',
    choose: 'Choose report PDFs (or drop them here)',
    help: 'PDFs with a text layer, as the UN documents system serves them; 7 MB at most each. You can add several: they are read one after the other.',
    summary: '{{done}} of {{total}} files read.',
    waiting: 'Waiting…',
    reading: 'Reading the file…',
    sending: 'Sending…',
    parsing: 'Finding its tables…',
    failed: 'Not read: {{error}}',
    remove: 'Remove {{name}}',
    notPdf: 'Not a PDF, so not added: {{names}}.',
  },
  document: {
    file: 'File',
    symbol: 'Symbol',
    title: 'Title',
    date: 'Date',
    language: 'Language',
    pages: 'Pages',
    notFound: 'not found on page 1',
    noTables: 'No table was found in this document.',
    chooseTable: 'Choose a table',
    tableOption: 'Page {{page}}: {{caption}} (rows: {{rows}})',
    noCaption: 'Table without a caption',
  },
  table: {
    legend: 'The table as it sits in the report',
    page: 'page {{page}}',
    pages: 'pages {{from}}–{{to}}',
    unit: 'unit: {{unit}}',
    continuedOn: 'Continued on page {{page}}',
    total: 'total',
    notANumber: 'not a number',
    nameColumn: 'donor',
    amountColumn: 'amount',
    errorsHeading: 'Cells that are not numbers',
    cellError: 'Page {{page}}, row {{row}}, column {{column}}: “{{text}}” {{message}}',
  },
  mapping: {
    legend: 'Map the table',
    kind: 'What the table is',
    kinds: { donors: 'Contributions by donor', statement: 'Statement of income and expenditure' },
    nameColumn: 'Column of donor names',
    amountColumn: 'Column of amounts',
    column: 'Column {{n}}: {{header}}',
    columnNumber: 'Column {{n}}',
    sameColumn: 'The names and the amounts must be in different columns.',
  },
  statement: {
    yearColumn: 'Column of the year to import',
    heading: 'What each row is',
    row: 'Row',
    metric: 'Imported as',
    metricFor: 'What “{{label}}” is',
    notImported: 'not imported',
    roles: {
      contributions: 'Contributions',
      other_income: 'Interest and other income',
      expenditure: 'Expenditure',
      programme_support_costs: 'Programme support costs',
      opening_balance: 'Opening balance',
      closing_balance: 'Closing balance',
      pledges_outstanding: 'Pledges outstanding',
      total_income: 'Total income (checked only)',
      total_expenditure: 'Total expenditure (checked only)',
      other_changes: 'Other changes to the balance (checked only)',
    },
    checksHeading: 'The statement’s own totals',
    checks: { income: 'Total income', expenditure: 'Total expenditure', balance: 'Closing balance' },
    checkOk: '{{check}}: the statement states {{stated}} and its lines add up to {{computed}}; they agree (to within {{tolerance}}).',
    checkFailed: '{{check}}: the statement states {{stated}} but its lines add up to {{computed}}.',
    noChecks: 'No total of the statement is mapped, so none could be checked: map its total income, total expenditure or closing balance rows.',
  },
  source: {
    document: 'The figures will cite the document itself ({{symbol}}) with the page of each row and the table’s caption, and its address on undocs.org.',
    other: 'Cite another source instead',
  },
  preview: {
    page: 'Page',
    chooseFor: 'Donor for “{{name}}”',
    chooseNone: 'Choose the donor…',
    kind: { state: 'State', subnational: 'subnational government', intergovernmental: 'intergovernmental organization', private: 'private donor', region: 'region' },
    errorAt: 'page {{page}}, line {{line}}, column {{column}}: {{message}}',
    stale: 'You changed the mapping or a donor choice since this dry run: run it again before committing.',
  },
  progress: { working: 'The server is reading the table…' },
};

export type PdfImportMessages = Shape<typeof pdfImport>;
