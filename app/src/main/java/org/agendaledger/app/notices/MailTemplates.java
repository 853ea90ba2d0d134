package org.agendaledger.app.notices;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The notices' messages from their templates ({@code mail/notice.html}, {@code mail/notice.txt},
 * {@code mail/digest.*}) and their wording ({@code mail/messages_<language>.properties}): the same content as HTML
 * and as plain text, in the recipient's language where the wording exists in it (English and French), in English
 * otherwise. Thymeleaf, as the pages, so a message escapes what it quotes exactly as a page does.
 */
@Component
class MailTemplates {

    /** The languages the messages are written in; any other falls back to English. */
    static final Set<String> LANGUAGES = Set.of("en", "fr");

    /** A message ready to send. */
    record Rendered(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource wording = new ResourceBundleMessageSource();

    MailTemplates() {
        wording.setBasename("mail/messages");
        wording.setDefaultEncoding("UTF-8");
        wording.setFallbackToSystemLocale(false);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(wording);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    static Locale locale(String language) {
        return Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : "en");
    }

    Rendered notice(NoticeContent content, String language) {
        Locale locale = locale(language);
        Map<String, Object> model = Map.of("n", content);
        String subject = wording.getMessage("subject." + content.kind().name(), new Object[]{
                wording.getMessage("subject-kind." + content.subjectKind(), null, content.subjectKind(), locale),
                content.meetingId(), content.deadlineInMeetingZone()}, locale);
        return new Rendered(subject, render("notice.txt", model, locale), render("notice.html", model, locale));
    }

    /** One digest of the day's messages to a member, each with its subject and its text. */
    Rendered digest(String recipientName, List<Outbox.Message> messages, String language) {
        Locale locale = locale(language);
        Map<String, Object> model = Map.of("recipientName", recipientName, "messages", messages);
        String subject = wording.getMessage("subject.DIGEST", new Object[]{messages.size()}, locale);
        return new Rendered(subject, render("digest.txt", model, locale), render("digest.html", model, locale));
    }

    String word(String key, Locale locale) {
        return wording.getMessage(key, null, key, locale);
    }

    private String render(String template, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(model);
        return engine.process(template, context);
    }
}
