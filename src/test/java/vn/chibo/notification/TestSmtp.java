package vn.chibo.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * One real SMTP server (GreenMail) on a fixed free port for the whole test run, which tests can
 * take down and bring back on the same port, as a mail server that goes away and comes back.
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  private static GreenMail server = start();

  private TestSmtp() {}

  private static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  public static synchronized void down() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static synchronized void up() {
    if (server == null) {
      server = start();
    }
  }

  /** Forgets everything received so far (and makes sure the server runs). */
  public static synchronized void reset() {
    up();
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static synchronized List<MimeMessage> received() {
    return server == null ? List.of() : List.of(server.getReceivedMessages());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
