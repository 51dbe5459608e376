-- The claim's pick ("the soonest-due reported job of these localities") was planned on restock_job_open_by_due, which
-- also holds the jobs already claimed (assigned, accepted, en route). Those are the soonest-due ones, so the scan
-- stepped over every claimed job before reaching a reported one: a claim cost grew with the jobs claimed before it
-- (4 ms at 15,000). The planner could not know, as it assumes matching rows spread evenly along the index. Split
-- the index so that the due-ordered index a claim may use holds reported jobs only; the SLA sweep reads both.
DROP INDEX restock_job_open_by_due;
CREATE INDEX restock_job_reported_by_due ON restock_job (due_at, id) WHERE status = 'reported';
CREATE INDEX restock_job_taken_by_due ON restock_job (due_at, id) WHERE status IN ('assigned', 'accepted', 'en_route');
