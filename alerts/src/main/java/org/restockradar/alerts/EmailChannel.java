package org.restockradar.alerts;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends an alert as a plain-text email over SMTP with Eclipse Angus Mail (Jakarta Mail). The message id is made of the
 * alert's event id, so a message sent again after a crash during the call reads as the same message. A temporary
 * SMTP reply (4xx), a server that cannot be reached or a failed login is tried again; a permanent reply (5xx: an
 * address refused, the message rejected) is a refusal for good.
 */
final class EmailChannel implements AlertChannel {
    /** How long a connect, a read or a write of the SMTP dialogue may take before the server is taken as down. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** STARTTLS: required (never in clear), optional (when offered), or off. */
    enum Tls { REQUIRED, OPTIONAL, OFF }

    /**
     * Where and how the alert emails go.
     *
     * @param user     the SMTP login, or null to send without logging in
     * @param password the SMTP password, or null
     */
    record Config(String host, int port, String user, String password, Tls tls, String from, List<String> to) {
        Config {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(tls, "tls");
            Objects.requireNonNull(from, "from");
            to = List.copyOf(to);
            try {
                new InternetAddress(from, true);
                for (String address : to) {
                    new InternetAddress(address, true);
                }
            } catch (AddressException e) {
                throw new IllegalArgumentException("alerts.email.from and alerts.email.to must be email addresses: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "Config[" + (user == null ? "" : user + "@") + host + ":" + port + ", tls " + tls + ", from " + from + ", to " + to + "]";
        }
    }

    private final Config config;
    private final Session session;
    private final Clock clock;

    EmailChannel(Config config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", config.host());
        properties.put("mail.smtp.port", Integer.toString(config.port()));
        properties.put("mail.smtp.auth", Boolean.toString(config.user() != null));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(config.tls() != Tls.OFF));
        properties.put("mail.smtp.starttls.required", Boolean.toString(config.tls() == Tls.REQUIRED));
        String timeout = Long.toString(TIMEOUT.toMillis());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        this.session = Session.getInstance(properties);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** The text of an alert's email: its facts and the link to the job. */
    static String text(Alert alert) {
        return alert.body() + "\n\nOpen job " + alert.jobId() + " on the ops page: " + alert.link() + "\n";
    }

    @Override
    public Delivery send(Alert alert) {
        try {
            Transport.send(message(alert), config.user(), config.password());
            return new Delivery.Sent();
        } catch (AuthenticationFailedException e) {
            return new Delivery.RetryLater("SMTP login to " + config.host() + " refused (check alerts.email.smtp-user and -password): " + e.getMessage());
        } catch (MessagingException e) {
            int code = replyCode(e);
            String reason = "SMTP " + config.host() + ":" + config.port() + (code > 0 ? " replied " + code : " failed") + ": " + e;
            return code >= 500 || (code == 0 && e instanceof SendFailedException) ? new Delivery.Refused(reason) : new Delivery.RetryLater(reason);
        }
    }

    private MimeMessage message(Alert alert) throws MessagingException {
        String messageId = "<alert-" + alert.eventId() + "-" + alert.channel().code() + "@restock-radar>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", config.to())));
        message.setSubject(alert.subject(), "UTF-8");
        message.setText(text(alert), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }

    /** The SMTP reply code in the exception or those chained to it, 0 when there is none (no server answered). */
    private static int replyCode(MessagingException e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
            if (next instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (next instanceof SMTPSenderFailedException f) {
                return f.getReturnCode();
            }
        }
        return 0;
    }
}
