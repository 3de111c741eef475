package vn.chibo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code chibo.*}.
 *
 * @param demo whether the demo organisation is seeded and which password its users get
 * @param admin the first administrator, created on start and kept in {@code camunda-admin}
 */
@ConfigurationProperties("chibo")
public record ChiboProperties(Demo demo, Admin admin) {

  public ChiboProperties {
    demo = demo == null ? new Demo(false, null) : demo;
    admin = admin == null ? new Admin("admin", null, "Quản trị hệ thống") : admin;
  }

  /** The password every demo account gets; only ever used when the demo is enabled. */
  public static final String DEMO_PASSWORD = "ChiBo@2026!";

  public record Demo(boolean enabled, String password) {}

  public record Admin(String username, String password, String fullName) {}
}
