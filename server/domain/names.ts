// Donor and country names as sources write them: "Royaume-Uni", "UK", "Lao", "Côte d'Ivoire".

/** Lowercase, accents and punctuation removed, spaces collapsed: the form aliases are matched on. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
