package org.restockradar.dispatch.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restockradar.access.http.ApiJson;
import org.restockradar.contracts.JobEvent;
import org.restockradar.dispatch.store.Job;
import org.restockradar.contracts.JobStatus;

/**
 * One job as {@code GET /api/jobs/{id}} shows it: the fields of {@link JobView}, then what ops need to verify or judge it,
 * read from its history: {@code failure_reason} (a failed job's reason, else null), {@code failure_note}, and {@code proof},
 * what the crew sent with its restock ({@code units_restocked}, {@code note}, {@code photo_ref} and {@code photo_url},
 * {@code latitude} and {@code longitude} of the device, {@code restocked_at}, {@code restocked_by}), or null before one.
 * Also the form of each event of {@code GET /api/jobs/{id}/events}.
 */
final class JobDetail {
    private JobDetail() {
    }

    static Map<String, Object> of(Job job, List<JobEvent> history) {
        @SuppressWarnings("unchecked")
        Map<String, Object> view = new LinkedHashMap<>(ApiJson.mapper().convertValue(JobView.of(job), Map.class));
        JobEvent restock = last(history, JobStatus.RESTOCKED);
        JobEvent failure = last(history, JobStatus.FAILED);
        view.put("failure_reason", job.failureReason());
        view.put("failure_note", failure == null ? null : failure.detail().get("note"));
        view.put("proof", restock == null ? null : proof(restock));
        return view;
    }

    /** An event of the job's history, without the published form's job facts and reports. */
    static Map<String, Object> eventView(JobEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("event_id", event.eventId());
        view.put("kind", event.kind().name());
        view.put("from_status", event.fromStatus());
        view.put("to_status", event.toStatus());
        view.put("crew_id", event.crewId());
        view.put("actor", event.actor());
        view.put("actor_role", event.actorRole());
        view.put("reason", event.reason());
        view.put("detail", event.detail());
        view.put("occurred_at", event.occurredAt());
        return view;
    }

    private static JobEvent last(List<JobEvent> history, JobStatus status) {
        JobEvent found = null;
        for (JobEvent event : history) {
            if (event.kind() == JobEvent.Kind.STATUS_CHANGED && status.code().equals(event.toStatus())
                    && !status.code().equals(event.fromStatus())) {
                found = event;
            }
        }
        return found;
    }

    private static Map<String, Object> proof(JobEvent restock) {
        Map<String, String> detail = restock.detail();
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("units_restocked", detail.get("units_restocked") == null ? null : Integer.valueOf(detail.get("units_restocked")));
        proof.put("note", detail.get("note"));
        String photo = detail.get("photo_ref");
        proof.put("photo_ref", photo);
        proof.put("photo_url", photo == null ? null : "/api/photos/" + photo);
        proof.put("latitude", number(detail.get("latitude")));
        proof.put("longitude", number(detail.get("longitude")));
        proof.put("restocked_at", restock.occurredAt());
        proof.put("restocked_by", restock.actor());
        return proof;
    }

    private static Double number(String text) {
        return text == null ? null : Double.valueOf(text);
    }
}
