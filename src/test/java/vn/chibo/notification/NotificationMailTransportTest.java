package vn.chibo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * {@code chibo.mail.transport} picks exactly one transport (without it nothing leaves the host),
 * and what is kept of a delivery error carries no address.
 */
class NotificationMailTransportTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(Settings.class, LogMailTransport.class, SmtpMailTransport.class)
          .withBean(JavaMailSenderImpl.class)
          .withBean(Clock.class, Clock::systemUTC);

  @Test
  void logIsTheDefault() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(MailTransport.class);
          assertThat(context).hasSingleBean(LogMailTransport.class);
          assertThat(context.getBean(ChiboMailProperties.class).transport())
              .isEqualTo(ChiboMailProperties.Transport.LOG);
        });
  }

  @Test
  void smtpWhenConfigured() {
    runner
        .withPropertyValues("chibo.mail.transport=smtp")
        .run(
            context -> {
              assertThat(context).hasSingleBean(MailTransport.class);
              assertThat(context).hasSingleBean(SmtpMailTransport.class);
            });
  }

  @Test
  void unsetSettingsGetTheDocumentedDefaults() {
    runner.run(
        context -> {
          ChiboMailProperties p = context.getBean(ChiboMailProperties.class);
          assertThat(p.from()).isEqualTo("chibo@localhost");
          assertThat(p.fromName()).isEqualTo("Chi bộ số");
          assertThat(p.claimTimeout()).hasMinutes(10);
          assertThat(p.sweepInterval()).hasMinutes(5);
          assertThat(p.sweepMinAge()).hasMinutes(15);
          assertThat(p.maxAttempts()).isEqualTo(10);
        });
  }

  @Test
  void deliveryErrorsAreKeptWithoutAddresses() {
    var error =
        new IllegalStateException(
            "550 5.1.1 <nguyen.van.an@example.vn>: Recipient address rejected;\n"
                + " also tran.thi.b@mail.example.vn, host smtp.example.vn");
    assertThat(MailDispatcher.describe(error))
        .isEqualTo(
            "IllegalStateException: 550 5.1.1 <[address]>: Recipient address rejected; also"
                + " [address], host smtp.example.vn");
    assertThat(MailDispatcher.describe(new RuntimeException("x".repeat(5000)))).hasSize(1000);
  }

  @EnableConfigurationProperties(ChiboMailProperties.class)
  static class Settings {}
}
