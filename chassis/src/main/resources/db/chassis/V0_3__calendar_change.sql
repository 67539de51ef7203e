-- One-off departures from the England and Wales bank holiday rules.
-- Administrators add rows when a new one is proclaimed; the rules themselves live in working-days.
CREATE TABLE calendar_change (
    change_date date        PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('ADDED', 'REMOVED')),
    reason      text        NOT NULL,
    created_by  text        NOT NULL DEFAULT 'migration',
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO calendar_change (change_date, kind, reason) VALUES
    ('1999-12-31', 'ADDED',   'Millennium celebrations'),
    ('2011-04-29', 'ADDED',   'Wedding of Prince William and Catherine Middleton'),
    ('2012-05-28', 'REMOVED', 'Spring bank holiday moved for the Diamond Jubilee'),
    ('2012-06-04', 'ADDED',   'Spring bank holiday (moved)'),
    ('2012-06-05', 'ADDED',   'Queen''s Diamond Jubilee'),
    ('2020-05-04', 'REMOVED', 'Early May bank holiday moved for VE Day 75'),
    ('2020-05-08', 'ADDED',   'Early May bank holiday (VE Day)'),
    ('2022-05-30', 'REMOVED', 'Spring bank holiday moved for the Platinum Jubilee'),
    ('2022-06-02', 'ADDED',   'Spring bank holiday (moved)'),
    ('2022-06-03', 'ADDED',   'Queen''s Platinum Jubilee'),
    ('2022-09-19', 'ADDED',   'State Funeral of Queen Elizabeth II'),
    ('2023-05-08', 'ADDED',   'Coronation of King Charles III');
