-- Saving a crew looks again at the reported jobs flagged uncovered, oldest due first (CoverageRecheck). An index of
-- those jobs alone keeps that look a few pages however many jobs are open: flagged jobs are few and leave it as soon
-- as a crew covers them.
CREATE INDEX restock_job_uncovered_by_due ON restock_job (due_at, id) WHERE status = 'reported' AND uncovered;
