package org.restockradar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class EmailChannelTest {
    private static final Alert ALERT = new Alert(1, "e-1", Channel.EMAIL, 42, "Restock job 42 is past its due time — Hippo at Sharma",
            "Status: assigned; crew: none", "https://radar.example.test/?job=42");
    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private EmailChannel channel(int port) {
        return new EmailChannel(new EmailChannel.Config("127.0.0.1", port, null, null, EmailChannel.Tls.OFF, "radar@example.test",
                List.of("ops@example.test", "lead@example.test")), Clock.systemUTC());
    }

    @Test
    void shouldMailEachRecipientTheAlertWithTheLinkAndAStableMessageId() throws Exception {
        Delivery delivery = channel(smtp.getSmtp().getPort()).send(ALERT);

        assertThat(delivery).isInstanceOf(Delivery.Sent.class);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo(ALERT.subject());
        assertThat(received[0].getMessageID()).isEqualTo("<alert-e-1-email@restock-radar>");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n").strip())
                .isEqualTo("Status: assigned; crew: none\n\nOpen job 42 on the ops page: https://radar.example.test/?job=42");
    }

    @Test
    void shouldTryAgainLaterWhenTheServerIsDown() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        assertThat(channel(port).send(ALERT)).isInstanceOf(Delivery.RetryLater.class);
    }
}
