-- The KPI figures kpi-service publishes for each closed month (month-published), the latest version of each,
-- so an action's impact measure is read here beside the action, never by a call to kpi-service per read.
CREATE TABLE kpi_month (
    kpi_code         text        NOT NULL,
    local_authority  text        NOT NULL,
    month            date        NOT NULL,
    version          integer     NOT NULL,
    value            numeric,
    target           numeric,
    polarity         text,
    rag              text,
    published_at     timestamptz NOT NULL,
    PRIMARY KEY (kpi_code, local_authority, month)
);
