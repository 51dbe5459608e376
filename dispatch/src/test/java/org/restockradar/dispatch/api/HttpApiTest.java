package org.restockradar.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Set;
import org.restockradar.dispatch.store.JobFilter;
import org.restockradar.contracts.JobStatus;

final class HttpApiTest {

    @Test
    void shouldListEveryJobUpToTheDefaultLimitWhenNoParameterIsGiven() {
        assertThat(HttpApi.filterOf(null, null, null, null, null)).isEqualTo(JobFilter.all());
        assertThat(HttpApi.filterOf(List.of(""), " ", " ", "", "")).isEqualTo(JobFilter.all());
    }

    @Test
    void shouldFilterByStatusCityAndLimit() {
        assertThat(HttpApi.filterOf(List.of("reported"), "Pune", null, null, "20")).isEqualTo(new JobFilter(JobStatus.REPORTED, "Pune", 20));
    }

    @Test
    void shouldTakeStatusesRepeatedOrAsACommaListWithBrandAndCrew() {
        assertThat(HttpApi.filterOf(List.of("reported,assigned", "en_route"), null, "Hippo", "van-1", null))
                .isEqualTo(new JobFilter(Set.of(JobStatus.REPORTED, JobStatus.ASSIGNED, JobStatus.EN_ROUTE), null, "Hippo", "van-1",
                        JobFilter.DEFAULT_LIMIT));
    }

    @Test
    void shouldRefuseAnUnknownStatusOrABadLimitAsABadRequest() {
        assertThatThrownBy(() -> HttpApi.filterOf(List.of("reported,lost"), null, null, null, null))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("unknown job status 'lost' (expected one of: reported, assigned, accepted, en_route, restocked, verified, failed, cancelled)");
        assertThatThrownBy(() -> HttpApi.filterOf(null, null, null, null, "ten"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("limit must be a whole number: 'ten'");
        assertThatThrownBy(() -> HttpApi.filterOf(null, null, null, null, "0"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessageContaining("limit must be within");
    }

    @Test
    void shouldReadAJobIdOrRefuseIt() {
        assertThat(HttpApi.idOf("17")).isEqualTo(17);
        assertThatThrownBy(() -> HttpApi.idOf("17x"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("job id must be a whole number: '17x'");
    }
}
