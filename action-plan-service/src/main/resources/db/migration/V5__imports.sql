-- An action made by importing a recommendations table keeps the key its row gave it (the table's action ref,
-- or the recommendation's number and the action's place among its rows), so importing the table again finds
-- it and updates it instead of adding it twice.
ALTER TABLE action ADD COLUMN import_key text;
CREATE UNIQUE INDEX action_import_key ON action (recommendation_id, import_key) WHERE import_key IS NOT NULL;
