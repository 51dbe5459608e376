package org.restockradar.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RR_LOG_FORMAT chooses the console's layout, in both logging configurations: the launcher's (every service run from
 * its class path) and dispatch's own (DispatchMain).
 */
final class LogFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"/logback.xml", "/org/restockradar/dispatch/dispatch-logback.xml"})
    void shouldWriteOneJsonObjectPerLineWhenTheFormatIsJson(String config) throws Exception {
        Encoder<ILoggingEvent> encoder = consoleEncoder(config, "json");

        String line = new String(encoder.encode(event("dispatch started on port {}", 8080)), StandardCharsets.UTF_8);

        assertThat(encoder).isInstanceOf(JsonEncoder.class);
        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("loggerName").asText()).isEqualTo("org.restockradar.Test");
        assertThat(json.get("formattedMessage").asText()).isEqualTo("dispatch started on port 8080");
        assertThat(json.get("timestamp").asLong()).isEqualTo(Instant.parse("2026-12-06T10:15:30.250Z").toEpochMilli());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/logback.xml", "/org/restockradar/dispatch/dispatch-logback.xml"})
    void shouldWritePlainLinesWithTheDateAndTimeOtherwise(String config) throws Exception {
        for (String format : new String[] {null, "plain", "text"}) {
            Encoder<ILoggingEvent> encoder = consoleEncoder(config, format);

            String line = new String(encoder.encode(event("dispatch started on port {}", 8080)), StandardCharsets.UTF_8);

            assertThat(encoder).isNotInstanceOf(JsonEncoder.class);
            assertThat(line).startsWith("2026-12-06T10:15:30.250Z INFO ").contains("dispatch started on port 8080");
        }
    }

    private static Encoder<ILoggingEvent> consoleEncoder(String config, String format) throws JoranException {
        URL resource = LogFormatTest.class.getResource(config);
        assertThat(resource).as(config).isNotNull();
        LoggerContext context = new LoggerContext();
        if (format != null) {
            context.putProperty("RR_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(resource);
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(status -> status.getLevel() >= Status.WARN);
        OutputStreamAppender<ILoggingEvent> console =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        assertThat(console).as("the root logger writes to CONSOLE").isNotNull();
        return console.getEncoder();
    }

    private static ILoggingEvent event(String message, Object argument) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LoggingEvent event = new LoggingEvent("test", context.getLogger("org.restockradar.Test"), Level.INFO, message, null, new Object[] {argument});
        event.setTimeStamp(Instant.parse("2026-12-06T10:15:30.250Z").toEpochMilli());
        event.setThreadName("main");
        return event;
    }
}
