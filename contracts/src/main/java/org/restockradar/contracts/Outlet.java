package org.restockradar.contracts;

/**
 * A registered retail outlet: one row of the outlet registry ({@code outlets.csv}).
 */
public record Outlet(
        String outletId,
        String name,
        String address,
        String locality,
        String city,
        String region,
        String country,
        GeoPoint location) {

    public Outlet {
        Require.text(outletId, "outlet_id");
        Require.text(name, "name");
        Require.text(city, "city");
        Require.present(location, "location");
    }
}
