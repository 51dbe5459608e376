-- The SLA sweep read every open job due by its threshold and dropped those already alerted (NOT EXISTS on sla_alert):
-- with the 48 h SLA and its 12 h warning a quarter of the open jobs are warned and still open, so at 1,000,000 open
-- jobs each sweep walked about 250,000 of them to find the few newly due (SlaSweepBenchmark, docs/benchmarks.md).
-- Each job now counts the alerts it has had (0 none, 1 warned, 2 breached, 3 escalated: the sweep moves it on as it
-- writes each alert), and one partial index of open jobs by that stage and due time holds only jobs with an alert
-- still to come, so a sweep reads the jobs it flags. sla_alert stays: its key is what keeps each alert once.
ALTER TABLE restock_job ADD COLUMN sla_stage smallint NOT NULL DEFAULT 0
    CONSTRAINT restock_job_sla_stage_known CHECK (sla_stage BETWEEN 0 AND 3);

UPDATE restock_job j SET sla_stage = fired.stage
FROM (SELECT job_id, max(CASE kind WHEN 'SLA_WARNING' THEN 1 WHEN 'SLA_BREACH' THEN 2 ELSE 3 END) AS stage
      FROM sla_alert GROUP BY job_id) fired
WHERE j.id = fired.job_id;

CREATE INDEX restock_job_sla_pending ON restock_job (sla_stage, due_at, id)
    WHERE status IN ('reported', 'assigned', 'accepted', 'en_route') AND sla_stage < 3;
