package org.agendaledger.app.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** What a failed hand-over to the mail server means: refused for good on a 5xx reply, tried again otherwise. */
class SmtpDeliveryTest {

    @Test
    void aPermanentRefusalOfEveryRecipientIsRefusedForGoodWithTheServersReply() throws Exception {
        SMTPAddressFailedException unknown = new SMTPAddressFailedException(
                new InternetAddress("nobody@mission.example.org"), "RCPT TO", 550, "550 5.1.1 No such user");
        SendFailedException failed = new SendFailedException("Invalid Addresses", unknown);

        SmtpDelivery.Answer answer = SmtpDelivery.failed(failed);

        assertThat(answer.result()).isEqualTo(SmtpDelivery.Result.REFUSED);
        assertThat(answer.serverReply()).contains("Invalid Addresses");
    }

    @Test
    void aTemporaryRefusalIsTriedAgain() {
        SMTPSendFailedException busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 Try again later", null,
                null, null, null);

        assertThat(SmtpDelivery.failed(busy).result()).isEqualTo(SmtpDelivery.Result.DEFERRED);
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgain() {
        MessagingException down = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                new java.net.ConnectException("Connection refused"));

        SmtpDelivery.Answer answer = SmtpDelivery.failed(down);

        assertThat(answer.result()).isEqualTo(SmtpDelivery.Result.DEFERRED);
        assertThat(answer.error()).contains("Couldn't connect");
    }
}
