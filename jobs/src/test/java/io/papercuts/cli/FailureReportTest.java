package io.papercuts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.PipelineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every failure is one line and a documented exit code. */
class FailureReportTest {

  private String line;

  private int report(Throwable e) {
    StringWriter buf = new StringWriter();
    int code = FailureReport.report(e, new PrintWriter(buf, true));
    line = buf.toString().strip();
    assertEquals(1, line.lines().count(), line);
    return code;
  }

  @Test
  void outOfMemoryNamesTheSettingToRaise() {
    assertEquals(1, report(new OutOfMemoryError("Java heap space")));
    assertTrue(line.contains("raise PAPERCUTS_HEAP") && line.contains("spark.executor.memory"),
        line);
    // As Spark carries a task's error to the driver: text in the job's failure.
    assertEquals(1, report(new RuntimeException("Job aborted due to stage failure: Task 1 "
        + "failed: java.lang.OutOfMemoryError: Java heap space\n\tat ...")));
    assertTrue(line.contains("PAPERCUTS_HEAP"), line);
  }

  @Test
  void noSpaceLeftIsAnOutputProblem() {
    RuntimeException spark = new RuntimeException("[TASK_WRITE_FAILED] Task failed while writing",
        new IOException("No space left on device"));
    assertEquals(ExitCode.OUTPUT.code(), report(spark));
    assertTrue(line.contains("No space left on device"), line);
  }

  @Test
  void aPipelineExceptionKeepsItsCodeWhereverItIsWrapped() {
    assertEquals(ExitCode.LOCKED.code(), report(new RuntimeException("Job aborted",
        new PipelineException(ExitCode.LOCKED, "held"))));
    assertEquals("papercuts: held", line);
  }

  @Test
  void aBugIsOneLineWithTheFileHoldingTheStackTrace() throws Exception {
    assertEquals(1, report(new IllegalStateException("boom\nsecond line")));
    assertTrue(line.startsWith("papercuts: unexpected error (a bug; please report it with the "
        + "stack trace): java.lang.IllegalStateException: boom; the stack trace is in "), line);
    Path log = Path.of(line.substring(line.lastIndexOf(" in ") + 4));
    assertTrue(Files.readString(log).contains("FailureReportTest"), log.toString());
    Files.delete(log);
  }

  @Test
  void aStackOverflowIsNotAnUndocumentedCode() {
    assertEquals(1, report(new StackOverflowError()));
    assertTrue(line.contains("stack overflow"), line);
  }
}
