package io.losslens.jobs.report;

import io.losslens.jobs.demo.DemoData;
import io.losslens.spark.agg.InputColumns;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The predictions of a report: read from the configured source, with the configured columns
 * checked against the schema (present, of a usable type) before any loss is computed, and turned
 * into the label, prediction, weight and slice columns the aggregation reads.
 */
final class ReportInput {
  final Column label;
  final Column prediction;
  /** Null for weight 1. */
  final Column weight;
  /** The slice columns as text, named like the input columns. */
  final List<Column> slices;

  private ReportInput(Column label, Column prediction, Column weight, List<Column> slices) {
    this.label = label;
    this.prediction = prediction;
    this.weight = weight;
    this.slices = slices;
  }

  /** The predictions, lazily; reading a file's schema may run a Spark job (JSON, CSV). */
  static Dataset<Row> load(SparkSession spark, ReportConfig config) {
    if (config.demo() != null) {
      return DemoData.generate(spark, config.demo());
    }
    if (config.table() != null) {
      return spark.table(config.table());
    }
    switch (config.inputFormat()) {
      case CSV:
        // a header line names the columns; numbers are read as numbers
        return spark.read().option("header", "true").option("inferSchema", "true")
            .csv(config.input());
      case JSON: return spark.read().json(config.input()); // JSON Lines
      default: return spark.read().format(config.inputFormat().optionValue()).load(config.input());
    }
  }

  /** Checks the configured columns of {@code schema}; the error names the option and the type. */
  static ReportInput columns(StructType schema, ReportConfig config) {
    PredictionKind kind = config.predictionKind();
    StructField label = field(schema, "--label-col", config.labelCol());
    if (!InputColumns.isNumber(label.dataType())) {
      throw wrongType("--label-col", label, "a number (the class index"
          + (kind.isVector() ? "" : ", 0 or 1") + ")");
    }
    StructField prediction = field(schema, "--prediction-col", config.predictionCol());
    Column predictionColumn = prediction(prediction, kind);
    Column weight = null;
    if (config.weightCol() != null) {
      StructField w = field(schema, "--weight-col", config.weightCol());
      if (!InputColumns.isNumber(w.dataType())) {
        throw wrongType("--weight-col", w, "a number (the sample weight)");
      }
      weight = InputColumns.column(w.name());
    }
    List<Column> slices = new ArrayList<>();
    for (String name : config.sliceCols()) {
      StructField slice = field(schema, "--slice-cols", name);
      if (!(slice.dataType() instanceof AtomicType)) {
        throw wrongType("--slice-cols", slice, "a simple value (text, number, date, boolean)");
      }
      slices.add(InputColumns.column(slice.name()).cast(DataTypes.StringType).as(name));
    }
    return new ReportInput(InputColumns.column(label.name()), predictionColumn, weight,
        List.copyOf(slices));
  }

  private static Column prediction(StructField field, PredictionKind kind) {
    DataType type = field.dataType();
    Column column = InputColumns.column(field.name());
    boolean vector = InputColumns.isVector(type);
    if (type instanceof StringType && kind.isVector()) {
      // CSV cannot hold arrays: a vector comes as the text of a JSON array, "[0.1, 0.7, 0.2]"
      return functions.from_json(column, DataTypes.createArrayType(DataTypes.DoubleType));
    }
    if (type.sameType(new VectorUDT().sqlType())) {
      // a Spark ML vector stored without its type, as ORC keeps one: dense (type 1) holds its
      // values; sparse (type 0) holds size, indices and values, expanded here
      String c = InputColumns.quoted(field.name());
      return functions.expr("CASE WHEN " + c + ".type = 1 THEN " + c + ".values ELSE "
          + "transform(sequence(0, " + c + ".size - 1), i -> coalesce(element_at("
          + "map_from_arrays(" + c + ".indices, " + c + ".values), i), 0D)) END");
    }
    if (kind.isVector() && !vector) {
      throw wrongType("--prediction-col", field, "a vector of class " + (kind
          == PredictionKind.PROBABILITIES ? "probabilities" : "logits") + " (" + InputColumns.VECTOR_TYPES
          + ") for --prediction-kind " + kind.optionValue());
    }
    if (!kind.isVector() && !vector && !InputColumns.isNumber(type)) {
      throw wrongType("--prediction-col", field, "a number for --prediction-kind "
          + kind.optionValue() + " (or the 2-vector of a Spark ML binary classifier)");
    }
    return column;
  }

  private static StructField field(StructType schema, String option, String name) {
    StructField field = InputColumns.find(schema, name);
    if (field == null) {
      throw new InvalidConfigException(option + ": " + InputColumns.missing(schema, name));
    }
    return field;
  }

  private static InvalidConfigException wrongType(String option, StructField field,
      String expected) {
    return new InvalidConfigException(option + ": " + InputColumns.wrongType(field, expected));
  }
}
