package io.losslens.jobs.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

final class Maps {
  private Maps() {}

  /** An unmodifiable copy that keeps the order and allows nulls (unlike {@code Map.copyOf}). */
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The entries of {@code properties} as strings. */
  static Map<String, String> properties(Properties properties) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      map.put(key, properties.getProperty(key));
    }
    return map;
  }
}
