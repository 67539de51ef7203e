-- A breach keeps the run start it was announced with (its identity in events); its run as last seen can
-- differ as late data arrives (earlier red months found, later months red or revised). A breach is
-- withdrawn when revised figures or a new target leave no red run where it was, and announced again if
-- the run returns.
ALTER TABLE kpi_breach ADD COLUMN first_red_month date;
ALTER TABLE kpi_breach ADD COLUMN last_red_month date;
UPDATE kpi_breach SET first_red_month = run_start, last_red_month = breached_month;
ALTER TABLE kpi_breach ALTER COLUMN first_red_month SET NOT NULL;
ALTER TABLE kpi_breach ALTER COLUMN last_red_month SET NOT NULL;
ALTER TABLE kpi_breach ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE kpi_breach RENAME COLUMN reported_at TO announced_at;
ALTER TABLE kpi_breach RENAME COLUMN red_months TO breach_after_red_months;

-- The breaches listing reads a council's breaches newest first.
CREATE INDEX kpi_breach_council ON kpi_breach (local_authority, breached_month);
