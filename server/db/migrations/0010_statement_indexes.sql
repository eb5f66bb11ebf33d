-- The statement brief's fund-wide sentences read the running totals about a whole fund (no donor,
-- period cumulative): a handful of figures among up to millions. This partial index holds just those,
-- so the brief does not scan every figure. (The State's own figures are read through figures_donor and
-- figure_countries_entity, in 0001.)
CREATE INDEX figures_fund_wide ON figures (fund_id, metric) WHERE donor_id IS NULL AND period = 'cumulative';
