-- Council months whose facts changed; the recomputer takes them FOR UPDATE SKIP LOCKED.
CREATE TABLE month_to_recompute (
    local_authority text NOT NULL,
    month           date NOT NULL,
    fact_kind       text NOT NULL,
    marked_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (local_authority, month, fact_kind)
);

-- Monthly figures per KPI, council and breakdown ('' = the council; 'team:<name>'; 'source:<code>').
-- Derived figures are kept with the tally so that a scorecard or export is a read, not a computation.
CREATE TABLE kpi_value (
    kpi_code                    text NOT NULL REFERENCES kpi_definition (code),
    local_authority             text NOT NULL,
    month                       date NOT NULL CHECK (extract(day FROM month) = 1),
    breakdown                   text NOT NULL DEFAULT '',
    numerator                   bigint NOT NULL,
    denominator                 bigint NOT NULL,
    value                       numeric(14, 1),
    six_month_numerator         bigint NOT NULL,
    six_month_denominator       bigint NOT NULL,
    six_month_average           numeric(14, 1),
    change_on_last_month        numeric(14, 1),
    change_on_last_year         numeric(14, 1),
    change_on_last_year_percent numeric(14, 1),
    computed_at                 timestamptz NOT NULL,
    PRIMARY KEY (local_authority, month, kpi_code, breakdown)
);
-- The values feed pages by (kpi_code, local_authority, month, breakdown).
CREATE UNIQUE INDEX kpi_value_feed ON kpi_value (kpi_code, local_authority, month, breakdown);
