-- A board's pack reads its actions soonest due first; an owner's list reads theirs the same way.
CREATE INDEX action_board_due ON action (approved_by_board, due_date, id);
DROP INDEX action_owner;
CREATE INDEX action_owner_due ON action (owner, due_date, id);
