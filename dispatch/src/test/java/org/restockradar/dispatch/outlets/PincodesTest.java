package org.restockradar.dispatch.outlets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PincodesTest {

    @Test
    void shouldReadTheSixDigitPincodeOfAnIndianAddress() {
        assertThat(Pincodes.parse("Near Raja Park Chauraha, Raja Park, Jaipur 302004", "India")).hasValue("302004");
        assertThat(Pincodes.parse("Shop 12, 411038 Kothrud, Pune", "IN")).hasValue("411038");
    }

    @Test
    void shouldTakeTheLastFourDigitNumberOfAPhilippineAddressNotTheHouseNumber() {
        assertThat(Pincodes.parse("1535 Dimasalang St, nr. UST, Sampaloc, Manila 1008", "Philippines")).hasValue("1008");
    }

    @Test
    void shouldFindNoneWhenTheAddressHasNoneOrTheCountryIsUnknown() {
        assertThat(Pincodes.parse("Amrapali Marg, Vaishali Nagar, Jaipur", "India")).isEmpty();
        assertThat(Pincodes.parse("Plot 1234567, Pune", "India")).as("seven digits are not a pincode").isEmpty();
        assertThat(Pincodes.parse("Shop 012345, Pune", "India")).as("an Indian pincode does not start with 0").isEmpty();
        assertThat(Pincodes.parse("10 Downing St, London SW1A 2AA", "United Kingdom")).isEmpty();
        assertThat(Pincodes.parse(null, "India")).isEmpty();
        assertThat(Pincodes.parse("Jaipur 302004", null)).isEmpty();
    }
}
