package io.losslens.jobs.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output directory of a report, written all or nothing: every file goes to a hidden staging
 * directory beside it, which takes the output's place only when the report is complete. A failed
 * run leaves no directory that looks like a report; an existing output is replaced only with
 * {@code --overwrite}, and only once the new report is complete. Any Hadoop file system works
 * (local, HDFS; on object stores the final rename is a copy, so not atomic).
 */
final class ReportOutput {
  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final boolean overwrite;

  private ReportOutput(FileSystem fs, Path output, Path staging, boolean overwrite) {
    this.fs = fs;
    this.output = output;
    this.staging = staging;
    this.overwrite = overwrite;
  }

  /**
   * Checks that {@code dir} may be written (it does not exist, or {@code overwrite}), before any
   * work is done; the staging directory is created on the first write.
   */
  static ReportOutput prepare(Configuration hadoop, String dir, boolean overwrite) {
    try {
      Path output = new Path(dir);
      FileSystem fs = output.getFileSystem(hadoop);
      if (fs instanceof LocalFileSystem) {
        // no .crc file beside each report file: they are for HDFS-style checksums nobody reads
        fs = ((LocalFileSystem) fs).getRaw();
      }
      output = fs.makeQualified(output);
      checkWritable(fs, output, overwrite);
      Path staging = new Path(output.getParent(),
          "." + output.getName() + ".losslens-staging-" + UUID.randomUUID());
      return new ReportOutput(fs, output, staging, overwrite);
    } catch (IOException e) {
      throw new UncheckedIOException("--output " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void checkWritable(FileSystem fs, Path output, boolean overwrite)
      throws IOException {
    if (output.getParent() == null) {
      throw new InvalidConfigException("--output must not be the root directory");
    }
    if (fs.exists(output)) {
      if (!fs.getFileStatus(output).isDirectory()) {
        throw new InvalidConfigException("--output " + output + " is a file, not a directory");
      }
      if (!overwrite) {
        throw new InvalidConfigException("--output " + output + " exists; pass --overwrite to "
            + "replace it");
      }
    }
  }

  /** Where a file named {@code name} of the report is staged (for writers such as Spark's). */
  String stagedPath(String name) {
    return new Path(staging, name).toString();
  }

  /** Writes {@code text} as the UTF-8 file {@code name} of the report. */
  void writeText(String name, String text) {
    try (OutputStream out = fs.create(new Path(staging, name), false)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " of the report: " + e.getMessage(),
          e);
    }
  }

  /** Moves the complete report into place, replacing an old one if allowed. */
  void commit() {
    try {
      checkWritable(fs, output, overwrite); // it may have appeared while the report ran
      Path old = null;
      if (fs.exists(output)) {
        old = new Path(output.getParent(),
            "." + output.getName() + ".losslens-replaced-" + UUID.randomUUID());
        rename(output, old);
      }
      try {
        rename(staging, output);
      } catch (IOException e) {
        if (old != null) {
          fs.rename(old, output); // put the previous report back
        }
        throw e;
      }
      if (old != null) {
        fs.delete(old, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the report into " + output + ": "
          + e.getMessage(), e);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("renaming " + from + " to " + to + " failed");
    }
  }

  /** Removes the staging directory after a failure; the output is untouched. */
  void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // the failure being reported matters more; the hidden directory is harmless
    }
  }

  /** The qualified output directory, as printed to the user. */
  String location() {
    return output.toString();
  }
}
