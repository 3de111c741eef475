package vn.chibo.security;

/** The order of the start-up steps: refuse a bad production set-up first, then create access. */
public final class StartupOrder {
  public static final int PRODUCTION_GUARD = 0;
  public static final int ACCESS = 10;
  public static final int DEMO_DATA = 20;
  public static final int IDENTITY_SYNC = 30;

  private StartupOrder() {}
}
