// When a fund was established, as its sources state it. Sources may disagree (the UPR
// implementation fund: 2009 in A/HRC/43/31 and UPR Info, 2007 on OHCHR's pages); every statement is
// kept, and this decides whether the reader must be told that they disagree.

/** The sources give different years (a source that gives no date disagrees with none). */
export function establishmentYearsDisagree(events: readonly { date: string | null }[]): boolean {
  const years = new Set(events.filter((e) => e.date !== null).map((e) => (e.date as string).slice(0, 4)));
  return years.size > 1;
}
