package io.papercuts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papercuts.jobs.SparkSessions;
import org.junit.jupiter.api.Test;

/**
 * {@link PapercutsCli#main} on success returns instead of calling {@code System.exit} (which would
 * end this test JVM: surefire then reports the fork as crashed), so YARN's ApplicationMaster sees
 * a finished application.
 */
class PapercutsCliTest {

  @Test
  void mainReturnsNormallyOnSuccess() {
    PapercutsCli.main(new String[] {"--version"});
    PapercutsCli.main(new String[] {"explain", "--help"});
  }

  @Test
  void stoppingWithoutASessionIsANoOp() {
    SparkSessions.stopCreated(0);
    assertEquals(0, PapercutsCli.execute("--version"));
  }
}
