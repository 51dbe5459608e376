package org.restockradar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PostLinksTest {
    @Test
    void shouldLinkAnXPostByItsStatusId() {
        assertThat(PostLinks.of("x-1712")).contains("https://x.com/i/web/status/1712");
    }

    @Test
    void shouldLinkABlueskyPostByItsAuthorsDidAndRecordKey() {
        assertThat(PostLinks.of("bluesky-did:plc:abc123/3kq2xyz")).contains("https://bsky.app/profile/did:plc:abc123/post/3kq2xyz");
    }

    @Test
    void shouldGiveNoLinkWhereTheIdDoesNotNameAPublicPost() {
        assertThat(PostLinks.of("mastodon-110")).isEmpty();
        assertThat(PostLinks.of("sms-abc")).isEmpty();
        assertThat(PostLinks.of("whatsapp-wamid.1")).isEmpty();
        assertThat(PostLinks.of("x-<script>")).isEmpty();
        assertThat(PostLinks.of("bluesky-no-slash")).isEmpty();
        assertThat(PostLinks.of(null)).isEmpty();
    }
}
