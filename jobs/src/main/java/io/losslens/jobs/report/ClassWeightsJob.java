package io.losslens.jobs.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;

/**
 * The work of {@code losslens class-weights}: the suggested class weights of a prediction set,
 * balanced and effective-number (the same numbers a report suggests), written for training code
 * as {@code class_weights.json} and {@code class_weights.csv}, all or nothing.
 */
public final class ClassWeightsJob {
  private ClassWeightsJob() {}

  /** Runs {@code config}: the weights to {@code out}, progress to {@code err}. */
  public static Breakdown run(SparkSession spark, ReportConfig config, PrintWriter out,
      PrintWriter err) {
    ReportOutput output = ReportOutput.prepare(spark.sparkContext().hadoopConfiguration(),
        config.output(), config.overwrite());
    Report report = ReportJob.compute(spark, config, false, "losslens class-weights", err);
    Breakdown all = report.overall;
    String table = ReportTables.classWeights(all).toCsv();
    try {
      output.writeText("class_weights.json", json(all, config));
      output.writeText("class_weights.csv", table);
      output.commit();
    } catch (RuntimeException e) {
      output.abort();
      throw e;
    }
    out.print(table);
    out.println("class weights: " + output.location() + "/class_weights.json (also "
        + "class_weights.csv)");
    return all;
  }

  /**
   * {@code {"num_classes": C, "beta": b, "class_names": [...], "counts": [...],
   * "weight_sums": [...], "balanced": [...], "effective_number": [...], "rows": {...}}}:
   * lists in class order, a weight {@code null} for a class without rows.
   */
  static String json(Breakdown all, ReportConfig config) {
    ObjectNode root = SummaryJson.object();
    root.put("num_classes", all.classes.size());
    root.put("beta", config.beta());
    if (!config.classNames().isEmpty()) {
      ArrayNode names = root.putArray("class_names");
      config.classNames().forEach(names::add);
    }
    ArrayNode counts = root.putArray("counts");
    ArrayNode weightSums = root.putArray("weight_sums");
    ArrayNode balanced = root.putArray("balanced");
    ArrayNode effective = root.putArray("effective_number");
    for (ClassStats c : all.classes) {
      counts.add(c.count);
      weightSums.add(c.weightSum);
      SummaryJson.number(balanced, c.balancedWeight);
      SummaryJson.number(effective, c.effectiveNumberWeight);
    }
    ObjectNode rows = root.putObject("rows");
    rows.put("total", all.totalRows);
    rows.put("valid", all.validRows);
    rows.put("invalid", all.invalidRows);
    return SummaryJson.text(root);
  }
}
