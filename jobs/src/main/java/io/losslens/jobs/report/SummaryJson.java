package io.losslens.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the versions, the losses, the effective configuration, the overall and
 * macro values with the row accounting and the per-class values of the whole input, the
 * suggested class weights, and a summary per slice. Numbers that are not defined are
 * {@code null}; doubles are written so that they read back as the same doubles. Its helpers
 * write the other JSON files of the commands too ({@code class_weights.json},
 * {@code bench.json}).
 */
public final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  static String of(Report report) {
    ObjectNode root = object();
    root.put("losslens_version", report.losslensVersion);
    root.put("spark_version", report.sparkVersion);
    root.put("created_at", report.createdAt);
    ObjectNode losses = root.putObject("losses");
    report.lossFunctions.forEach(losses::put);
    breakdown(root.putObject("overall"), report.overall);
    ObjectNode weights = root.putObject("class_weight_suggestions");
    weights.put("beta", (Double) report.configuration.get("beta"));
    ArrayNode balanced = weights.putArray("balanced");
    ArrayNode effective = weights.putArray("effective_number");
    for (ClassStats c : report.overall.classes) {
      number(balanced, c.balancedWeight);
      number(effective, c.effectiveNumberWeight);
    }
    ArrayNode classes = root.putArray("classes");
    for (ClassStats c : report.overall.classes) {
      classStats(classes.addObject(), c);
    }
    ArrayNode slices = root.putArray("slices");
    for (Breakdown b : report.slices) {
      ObjectNode slice = slices.addObject();
      ObjectNode values = slice.putObject("slice");
      b.slice.forEach(values::put);
      breakdown(slice, b);
    }
    root.set("configuration", JSON.valueToTree(report.configuration));
    return text(root);
  }

  /** A new JSON object, for the files a report writes. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** A new JSON array, for a file that is a list. */
  public static ArrayNode array() {
    return JSON.createArrayNode();
  }

  /** {@code node} as indented JSON text with a final line break. */
  public static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void breakdown(ObjectNode node, Breakdown b) {
    ObjectNode rows = node.putObject("rows");
    rows.put("total", b.totalRows);
    rows.put("valid", b.validRows);
    rows.put("invalid", b.invalidRows);
    ObjectNode reasons = rows.putObject("invalid_by_reason");
    b.invalidByReason.forEach(reasons::put);
    node.put("num_classes", b.classes.size());
    number(node, "weight_sum", b.weightSum);
    byLoss(node.putObject("loss_mean"), b.lossMean);
    byLoss(node.putObject("macro_loss_mean"), b.macroLossMean);
    notes(node, b.notes);
  }

  private static void classStats(ObjectNode node, ClassStats c) {
    node.put("class", c.classIndex);
    if (c.className != null) {
      node.put("class_name", c.className);
    }
    node.put("count", c.count);
    number(node, "weight_sum", c.weightSum);
    number(node, "support_share", c.supportShare);
    byLoss(node.putObject("loss_mean"), c.lossMean);
    byLoss(node.putObject("loss_share"), c.lossShare);
    byLoss(node.putObject("mean_gradient_magnitude"), c.meanGradientMagnitude);
    number(node, "mean_true_probability", c.meanTrueProbability);
    number(node, "recall", c.recall);
    number(node, "precision", c.precision);
    number(node, "balanced_weight", c.balancedWeight);
    number(node, "effective_number_weight", c.effectiveNumberWeight);
    notes(node, c.notes);
  }

  private static void byLoss(ObjectNode node, Map<String, Double> values) {
    values.forEach((loss, value) -> number(node, loss, value));
  }

  private static void notes(ObjectNode node, List<String> notes) {
    ArrayNode array = node.putArray("notes");
    notes.forEach(array::add);
  }

  /** Sets {@code field} to {@code value}, or to null when it is undefined (null or not finite). */
  public static void number(ObjectNode node, String field, Double value) {
    if (value == null || !Double.isFinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  /** Appends {@code value}, or null when it is undefined (null or not finite). */
  static void number(ArrayNode array, Double value) {
    if (value == null || !Double.isFinite(value)) {
      array.addNull();
    } else {
      array.add(value);
    }
  }
}
