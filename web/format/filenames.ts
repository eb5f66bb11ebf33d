// File names of downloads, apart from the CSV writer (format/csv.ts) so a page can name a file before
// the writer is loaded.

/** A file name made safe for every OS: accents dropped, then only letters, digits, dots, dashes and underscores. */
export function csvFilename(stem: string): string {
  const plain = stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return `${plain.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'data'}.csv`;
}

