package vn.chibo.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application executes and the rows its writes touch, by wrapping the
 * data source's connections and statements. Used to measure what one step of a process costs the
 * database.
 */
public class StatementCounter implements BeanPostProcessor {

  private final AtomicLong selects = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong rows = new AtomicLong();
  private volatile boolean counting;

  public void start() {
    selects.set(0);
    writes.set(0);
    rows.set(0);
    counting = true;
  }

  public Counts stop() {
    counting = false;
    return new Counts(selects.get(), writes.get(), rows.get());
  }

  /** Statements executed and rows written while counting. */
  public record Counts(long selects, long writes, long rowsWritten) {
    public long statements() {
      return selects + writes;
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
      return wrap(DataSource.class, ds, null);
    }
    return bean;
  }

  @SuppressWarnings("unchecked")
  private <T> T wrap(Class<T> type, T target, String sql) {
    return (T)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              String name = method.getName();
              if (result instanceof Connection c && !(target instanceof Connection)) {
                return wrap(Connection.class, c, null);
              }
              if (target instanceof Connection
                  && result instanceof PreparedStatement ps
                  && !(result instanceof java.sql.CallableStatement)) {
                return wrap(PreparedStatement.class, ps, (String) args[0]);
              }
              if (target instanceof Connection
                  && result instanceof Statement s
                  && !(result instanceof PreparedStatement)) {
                return wrap(Statement.class, s, null);
              }
              if (counting && target instanceof Statement st && name.startsWith("execute")) {
                String text =
                    args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
                record(name, text, st, result);
              }
              return result;
            });
  }

  private void record(String method, String sql, Statement st, Object result)
      throws java.sql.SQLException {
    if (result instanceof int[] batch) {
      writes.addAndGet(batch.length);
      for (int n : batch) {
        rows.addAndGet(Math.max(n, 0));
      }
      return;
    }
    boolean read =
        "executeQuery".equals(method)
            || (sql != null && sql.strip().toLowerCase(Locale.ROOT).startsWith("select"));
    if (read) {
      selects.incrementAndGet();
      return;
    }
    writes.incrementAndGet();
    if (result instanceof Number n) {
      rows.addAndGet(Math.max(n.longValue(), 0));
    } else if (result instanceof Boolean b && !b) {
      rows.addAndGet(Math.max(st.getUpdateCount(), 0));
    }
  }
}
