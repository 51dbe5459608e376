-- Photos a crew uploads as proof of a restock, kept in the database (bytea) beside the job they prove: backed up and
-- removed with it, no second store to keep in step. At most 2 MiB each (checked by the API, bounded here too).
CREATE TABLE job_photo (
    ref          text        PRIMARY KEY,
    job_id       bigint      NOT NULL REFERENCES restock_job (id),
    crew_id      text        NOT NULL,
    uploaded_by  text        NOT NULL,
    content_type text        NOT NULL CONSTRAINT job_photo_type_known CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   integer     NOT NULL CONSTRAINT job_photo_size_bounded CHECK (size_bytes BETWEEN 1 AND 2097152),
    sha256       bytea       NOT NULL,
    bytes        bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL
);

CREATE INDEX job_photo_by_job ON job_photo (job_id, uploaded_at);
