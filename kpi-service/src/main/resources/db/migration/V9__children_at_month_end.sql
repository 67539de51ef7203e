-- Children on a child protection plan, in care and in need at month end: counts, and each also shown per
-- 10,000 children aged 0 to 17 of the council (ONS mid-year estimates, from the shared kernel), because
-- every comparison with statistical neighbours and England is made on rates.
ALTER TABLE kpi_definition ADD COLUMN rate_per_10000_children boolean NOT NULL DEFAULT false;

INSERT INTO kpi_definition (code, name, numerator, denominator, unit, polarity, timescale_rule, parameters,
                            target, amber_tolerance, by_team, display_order, rate_per_10000_children) VALUES
('CHILDREN_ON_CP_PLANS', 'Children on a child protection plan',
 'Children with a CP plan open at month end', 'None: a count (also per 10,000 children aged 0 to 17)', 'COUNT',
 'NEITHER', 'Open on the last day of the month', '{}', NULL, NULL, false, 170, true),
('CHILDREN_IN_CARE', 'Children in care',
 'Children with a CLA episode open at month end', 'None: a count (also per 10,000 children aged 0 to 17)', 'COUNT',
 'NEITHER', 'Open on the last day of the month', '{}', NULL, NULL, false, 180, true),
('CHILDREN_IN_NEED', 'Children in need',
 'Children with a CIN plan, CP plan or CLA episode open at month end',
 'None: a count (also per 10,000 children aged 0 to 17)', 'COUNT', 'NEITHER', 'Open on the last day of the month',
 '{}', NULL, NULL, false, 190, true);
