package io.losslens.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The LossLens version and the Spark build it targets, as the build wrote them into
 * {@code version.properties} (a filtered resource of this module, so it is right in the job jar
 * and in tests alike).
 */
public final class Version implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** What {@code losslens --version} prints. */
  @Override
  public String[] getVersion() {
    Properties p = properties();
    return new String[] {
        "losslens " + p.getProperty("losslens.version") + " (built for Spark "
            + p.getProperty("spark.version") + ", Scala " + p.getProperty("scala.binary.version")
            + ")"
    };
  }

  /** The LossLens version of this build. */
  public static String losslens() {
    return properties().getProperty("losslens.version");
  }

  private static Properties properties() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
