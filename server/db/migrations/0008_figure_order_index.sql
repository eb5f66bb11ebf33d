-- Figure lists are paged newest first (keyset pagination: year, then as-of date, then id, all
-- descending, text compared byte by byte whatever the locale; no year or date sorts last). These indexes serve that order, per fund and overall, so a
-- page costs the same at the first figure and the millionth.
CREATE INDEX figures_newest_by_fund ON figures (fund_id, (COALESCE(year, -1)), (COALESCE(as_of, '') COLLATE "C"), (id COLLATE "C"));
CREATE INDEX figures_newest ON figures ((COALESCE(year, -1)), (COALESCE(as_of, '') COLLATE "C"), (id COLLATE "C"));
