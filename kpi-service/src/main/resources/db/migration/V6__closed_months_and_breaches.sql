-- A council's month closed for reporting: its figures were snapshotted as version 1. Figures that
-- change afterwards (late data) become further versions; every version stays readable.
CREATE TABLE closed_month (
    local_authority text NOT NULL,
    month           date NOT NULL CHECK (extract(day FROM month) = 1),
    closed_at       timestamptz NOT NULL,
    closed_by       text NOT NULL,
    reason          text,
    PRIMARY KEY (local_authority, month)
);

CREATE TABLE kpi_value_version (
    local_authority             text NOT NULL,
    month                       date NOT NULL,
    kpi_code                    text NOT NULL REFERENCES kpi_definition (code),
    breakdown                   text NOT NULL,
    version                     integer NOT NULL CHECK (version >= 1),
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
    published_at                timestamptz NOT NULL,
    reason                      text NOT NULL,
    PRIMARY KEY (local_authority, month, kpi_code, version, breakdown),
    FOREIGN KEY (local_authority, month) REFERENCES closed_month (local_authority, month)
);

-- The version a closed month's live figures are (null while the month is open).
ALTER TABLE kpi_value ADD COLUMN version integer;

-- Runs of red months already reported as breaches: one event per run.
CREATE TABLE kpi_breach (
    kpi_code        text NOT NULL REFERENCES kpi_definition (code),
    local_authority text NOT NULL,
    run_start       date NOT NULL,
    breached_month  date NOT NULL,
    red_months      integer NOT NULL,
    reported_at     timestamptz NOT NULL,
    PRIMARY KEY (kpi_code, local_authority, run_start)
);
