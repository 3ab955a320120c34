package org.w3id.pfkg;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The heap a test's objects hold, measured after a full collection. The test JVM runs with {@code
 * -XX:+DisableExplicitGC}, which makes {@code System.gc()} do nothing: Jena calls it whenever a
 * store is let go (TDBInternal.expel), some seventy full collections of a large heap per run. The
 * collection here is the JVM's diagnostic command ({@code jcmd PID GC.run}), which that flag leaves
 * alone.
 */
public final class HeapUse {
  private HeapUse() {}

  /** Bytes of heap in use after a full collection. */
  public static long afterFullCollection() {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "gcRun",
              new Object[0],
              new String[0]);
    } catch (JMException e) {
      throw new IllegalStateException("cannot run a full collection: " + e, e);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
