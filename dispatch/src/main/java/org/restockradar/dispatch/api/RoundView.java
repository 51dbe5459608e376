package org.restockradar.dispatch.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.restockradar.contracts.GeoPoint;
import org.restockradar.dispatch.routing.VisitPlanner;
import org.restockradar.dispatch.store.Job;

/**
 * A crew's round as {@code GET /api/my/route} and {@code GET /api/crews/{id}/route} answer it: {@code crew_id},
 * {@code start} (its base, {@code {"lat","lon"}} or null), {@code total_km}, {@code nearest_neighbour_km} and
 * {@code stops}, each {@code {"stop","outlet_id","outlet_name","locality","city","location","leg_km","jobs"}}, the jobs
 * {@code {"id","sku","brand","status","due_at"}}. Distances are rounded to 10 m.
 */
final class RoundView {
    private RoundView() {
    }

    static Map<String, Object> of(String crewId, VisitPlanner.Plan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("crew_id", crewId);
        view.put("start", point(plan.start()));
        view.put("total_km", km(plan.totalKm()));
        view.put("nearest_neighbour_km", km(plan.nearestNeighbourKm()));
        view.put("stops", plan.visits().stream().map(RoundView::stop).toList());
        return view;
    }

    private static Map<String, Object> stop(VisitPlanner.Visit visit) {
        VisitPlanner.Shop shop = visit.shop();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("stop", visit.order());
        view.put("outlet_id", shop.outletId());
        view.put("outlet_name", shop.outletName());
        view.put("locality", shop.locality());
        view.put("city", shop.city());
        view.put("location", point(shop.location()));
        view.put("leg_km", visit.legKm() == null ? null : km(visit.legKm()));
        view.put("jobs", shop.jobs().stream().map(RoundView::job).toList());
        return view;
    }

    private static Map<String, Object> job(Job job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("sku", job.sku());
        view.put("brand", job.brand());
        view.put("status", job.status().code());
        view.put("due_at", job.dueAt());
        return view;
    }

    private static Map<String, Object> point(GeoPoint point) {
        if (point == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("lat", point.lat());
        view.put("lon", point.lon());
        return view;
    }

    private static double km(double km) {
        return Math.round(km * 100) / 100.0;
    }
}
