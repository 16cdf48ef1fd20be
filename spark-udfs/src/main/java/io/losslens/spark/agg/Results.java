package io.losslens.spark.agg;

import io.losslens.loss.stats.InvalidReason;
import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.RowAccounting;
import io.losslens.spark.functions.CatalystShim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions of results to the external values of Spark rows. */
final class Results {
  private Results() {}

  /** The nonzero invalid counts by reason key, in reason order. */
  static scala.collection.Map<String, Long> invalidByReason(RowAccounting accounting) {
    Map<String, Long> byKey = new LinkedHashMap<>();
    for (Map.Entry<InvalidReason, Long> e : accounting.invalidByReason().entrySet()) {
      byKey.put(e.getKey().key(), e.getValue());
    }
    return map(byKey);
  }

  /** The value, or null when missing; its reason is noted in {@code notes} under {@code name}. */
  static Double value(String name, Metric metric, List<String> notes) {
    if (metric.isPresent()) {
      return metric.value();
    }
    notes.add(name + ": " + metric.missingReason());
    return null;
  }

  static <K, V> scala.collection.Map<K, V> map(Map<K, V> map) {
    return CatalystShim.map(map);
  }

}
