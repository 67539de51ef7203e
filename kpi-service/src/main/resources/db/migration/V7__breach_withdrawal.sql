-- A breach's run as last seen, and its withdrawal: revised figures or a new target can leave no red
-- run where an announced breach was. A withdrawn breach whose run comes back is announced again.
ALTER TABLE kpi_breach ADD COLUMN run_end date;
UPDATE kpi_breach SET run_end = breached_month;
ALTER TABLE kpi_breach ALTER COLUMN run_end SET NOT NULL;
ALTER TABLE kpi_breach ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE kpi_breach RENAME COLUMN reported_at TO announced_at;
ALTER TABLE kpi_breach RENAME COLUMN red_months TO breach_after_red_months;

-- The breaches listing reads a council's breaches newest first.
CREATE INDEX kpi_breach_council ON kpi_breach (local_authority, breached_month);
