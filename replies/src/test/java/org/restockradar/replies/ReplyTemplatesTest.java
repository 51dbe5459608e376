package org.restockradar.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.restockradar.contracts.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped templates and how they are filled. */
final class ReplyTemplatesTest {
    private static final ReplyTemplates.Placeholders HIPPO = new ReplyTemplates.Placeholders("Hippo", "HIPPO-CHIPS-50G", "Sharma General Store", "Kothrud");

    private final ReplyTemplates templates = ReplyTemplates.load();

    @ParameterizedTest
    @EnumSource(Language.class)
    void shouldHaveBothKindsInEveryLanguageFilledWithTheJobOnlyAndShortEnoughForX(Language language) {
        for (ReplyKind kind : ReplyKind.values()) {
            if (!kind.templated()) {
                continue;
            }
            ReplyTemplates.Rendered rendered = templates.render(language, kind, HIPPO);

            assertThat(rendered.language()).isEqualTo(language);
            assertThat(rendered.text()).contains("Hippo", "Sharma General Store, Kothrud").doesNotContain("{", "}");
            assertThat(rendered.text().codePointCount(0, rendered.text().length())).isLessThanOrEqualTo(240);
        }
    }

    @Test
    void shouldPromiseTheConfiguredSlaInTheLanguageOfTheReply() {
        assertThat(templates.render(Language.EN, ReplyKind.JOB_OPENED, HIPPO).text()).contains("within 48 hours");
        ReplyTemplates demo = templates.promising(java.time.Duration.ofMinutes(45));
        assertThat(demo.render(Language.EN, ReplyKind.JOB_OPENED, HIPPO).text()).contains("within 45 minutes").doesNotContain("48");
        assertThat(demo.render(Language.HI, ReplyKind.JOB_OPENED, HIPPO).text()).contains("45 मिनट में");
        assertThat(demo.render(Language.HINGLISH, ReplyKind.JOB_OPENED, HIPPO).text()).contains("45 minute mein");
        assertThat(templates.promising(java.time.Duration.ofHours(24)).render(Language.TL, ReplyKind.JOB_OPENED, HIPPO).text())
                .contains("sa loob ng 24 oras");
    }

    @Test
    void shouldWriteHindiInDevanagari() {
        assertThat(templates.render(Language.HI, ReplyKind.RESTOCKED, HIPPO).text()).contains("खुशखबरी");
    }

    @Test
    void shouldFallBackToEnglishWhenALanguageLacksTheKind() throws Exception {
        ReplyTemplates partial = ReplyTemplates.read(new StringReader("""
                en.job_opened=Thanks! {brand} at {shop}.
                en.restocked=Back: {product} at {place}.
                tl.job_opened=Salamat! {brand}.
                """));

        assertThat(partial.render(Language.TL, ReplyKind.RESTOCKED, HIPPO))
                .isEqualTo(new ReplyTemplates.Rendered(Language.EN, "Back: HIPPO-CHIPS-50G at Sharma General Store, Kothrud."));
        assertThat(partial.render(Language.TL, ReplyKind.JOB_OPENED, HIPPO).text()).isEqualTo("Salamat! Hippo.");
    }

    @Test
    void shouldRefuseATemplateThatNamesAnUnknownPlaceholderSuchAsTheReportersText() {
        assertThatThrownBy(() -> ReplyTemplates.read(new StringReader("en.job_opened=You said: {text}\nen.restocked=ok\n")))
                .hasMessageContaining("{text}");
    }
}
