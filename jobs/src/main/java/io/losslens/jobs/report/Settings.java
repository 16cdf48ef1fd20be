package io.losslens.jobs.report;

import io.losslens.jobs.TextFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The raw settings of a command, merged from its sources: the command line over a
 * {@code --config} file over the defaults. Keys are the long option names without dashes
 * ({@code label-col}); a file may also hold {@code spark.*} keys, which are Spark settings.
 * Each value remembers where it came from, so a bad value is reported where the user wrote it.
 */
public final class Settings {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> origins = new LinkedHashMap<>();
  private final Map<String, String> spark = new TreeMap<>();

  private Settings() {}

  /**
   * Merges the sources. {@code keys} are the command's setting keys; a file key that is neither
   * one of them nor a {@code spark.*} key is an error. {@code configFile} may be null.
   */
  public static Settings merge(List<String> keys, Map<String, String> commandLine,
      Path configFile) {
    return merge(keys, List.of(), commandLine, configFile);
  }

  /**
   * As {@link #merge(List, Map, Path)}, where the keys of {@code group} are one setting: when
   * the command line gives any of them, the file's values of all of them are dropped (a source
   * on the command line replaces the file's source, rather than adding a second).
   */
  public static Settings merge(List<String> keys, List<String> group,
      Map<String, String> commandLine, Path configFile) {
    Settings settings = new Settings();
    boolean groupOnCommandLine = group.stream().anyMatch(commandLine::containsKey);
    if (configFile != null) {
      for (Map.Entry<String, String> entry : new TreeMap<>(Maps.properties(read(configFile)))
          .entrySet()) {
        String key = entry.getKey();
        String value = entry.getValue().trim();
        if (groupOnCommandLine && group.contains(key)) {
          continue;
        }
        if (key.startsWith("spark.")) {
          settings.spark.put(key, value);
        } else if (keys.contains(key)) {
          settings.put(key, value, "key " + key + " in " + configFile);
        } else {
          throw new IllegalArgumentException("--config " + configFile + ": unknown key '" + key
              + "'; the keys are " + String.join(", ", keys) + ", and spark.* for Spark settings");
        }
      }
    }
    commandLine.forEach((key, value) -> settings.put(key, value, "--" + key));
    return settings;
  }

  private void put(String key, String value, String origin) {
    values.put(key, value);
    origins.put(key, origin);
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(TextFiles.read(file, "--config")));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith("--config: ") ? e.getMessage()
          : "--config: cannot read '" + file + "': " + e.getMessage(), e);
    }
    return properties;
  }

  /** The value of {@code key}, or null if no source gives it. */
  public String get(String key) {
    return values.get(key);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Where the value of {@code key} came from: {@code --label-col}, or the key in the file. */
  public String origin(String key) {
    String origin = origins.get(key);
    return origin != null ? origin : "--" + key;
  }

  /** The {@code spark.*} settings of the config file. */
  public Map<String, String> sparkConf() {
    return Collections.unmodifiableMap(spark);
  }

  /** An error for the value of {@code key}: names where it was set, the value and the rule. */
  public IllegalArgumentException invalid(String key, String rule) {
    return new IllegalArgumentException(origin(key) + " " + rule + ", but was '" + get(key) + "'");
  }
}
