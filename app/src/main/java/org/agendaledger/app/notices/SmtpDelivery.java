package org.agendaledger.app.notices;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the mail server over SMTP (Spring Boot's mail settings: {@code spring.mail.host}, port, user,
 * password, STARTTLS) and tells what the server answered: accepted (with its reply, e.g. {@code 250 OK}), refused for
 * good (a 5xx reply: no recipient accepted), or not now (the server is down, or answered 4xx: the message is tried
 * again later). Without a mail server configured the message is held in the outbox.
 */
@Component
class SmtpDelivery {

    /** What the mail server made of a message. */
    enum Result {
        ACCEPTED, REFUSED, DEFERRED, HELD
    }

    record Answer(Result result, String serverReply, String error) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final NoticeSettings settings;

    SmtpDelivery(ObjectProvider<JavaMailSender> senders, NoticeSettings settings) {
        this.senders = senders;
        this.settings = settings;
    }

    /** Whether a mail server is configured at all. */
    boolean configured() {
        return senders.getIfAvailable() instanceof JavaMailSenderImpl mail && mail.getHost() != null
                && !mail.getHost().isBlank();
    }

    private static String blankAsNone(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    Answer deliver(Outbox.Message m) {
        if (!configured()) {
            return new Answer(Result.HELD, null, "No mail server is configured (spring.mail.host): the message is "
                    + "kept in the outbox.");
        }
        JavaMailSenderImpl mail = (JavaMailSenderImpl) senders.getObject();
        Session session = mail.getSession();
        try {
            MimeMessage message = message(session, m);
            Transport transport = session.getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
            try {
                // an empty user name (AGENDA_LEDGER_MAIL_USER unset) means no authentication: JavaMail would try
                // to authenticate as "" with any user name that is not null, and be refused
                transport.connect(mail.getHost(), mail.getPort(), blankAsNone(mail.getUsername()),
                        blankAsNone(mail.getPassword()));
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SendFailedException partly) {
                    Address[] sent = partly.getValidSentAddresses();
                    if (sent != null && sent.length > 0) {
                        return new Answer(Result.ACCEPTED, reply(transport), "Not accepted for every recipient: "
                                + partly.getMessage());
                    }
                    throw partly;
                }
                return new Answer(Result.ACCEPTED, reply(transport), null);
            } finally {
                transport.close();
            }
        } catch (MessagingException failed) {
            return failed(failed);
        }
    }

    /** A failed hand-over: refused for good on a 5xx reply, otherwise (down, 4xx, no reply) tried again later. */
    static Answer failed(MessagingException failed) {
        int code = returnCode(failed);
        String error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
        return code >= 500 ? new Answer(Result.REFUSED, error, error) : new Answer(Result.DEFERRED, null, error);
    }

    private MimeMessage message(Session session, Outbox.Message m) throws MessagingException {
        MimeMessage message = new StatedIdMessage(session, m.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(m.to().toArray(String[]::new));
        if (!m.cc().isEmpty()) {
            helper.setCc(m.cc().toArray(String[]::new));
        }
        if (m.replyTo() != null) {
            helper.setReplyTo(m.replyTo());
        }
        helper.setSubject(m.subject());
        helper.setText(m.textBody(), m.htmlBody());
        if (m.calendar() != null) {
            helper.addAttachment("deadline.ics", new ByteArrayResource(m.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        message.saveChanges();
        return message;
    }

    private static String reply(Transport transport) {
        return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
    }

    private static int returnCode(MessagingException failed) {
        for (Exception e = failed; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPSendFailedException send) {
                return send.getReturnCode();
            }
            if (e instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
        }
        return 0;
    }

    /** A message whose Message-ID is the notice's own, on every attempt (Jakarta Mail would make a new one). */
    private static final class StatedIdMessage extends MimeMessage {

        private final String messageId;

        StatedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
