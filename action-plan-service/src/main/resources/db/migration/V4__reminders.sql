-- The due date each reminder was last published for: once per action and due date, never daily; a revised
-- due date starts them afresh.
ALTER TABLE action ADD COLUMN due_soon_said_for date;
ALTER TABLE action ADD COLUMN overdue_said_for date;
ALTER TABLE action ADD COLUMN escalated_for date;
