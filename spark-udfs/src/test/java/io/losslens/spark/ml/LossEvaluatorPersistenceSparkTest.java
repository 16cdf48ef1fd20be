package io.losslens.spark.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.evaluation.Evaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark ML persistence of {@link LossEvaluator}: on its own, and as the evaluator of a saved
 * {@code CrossValidator} and {@code CrossValidatorModel}, which Spark loads through
 * {@code DefaultParamsReader.loadParamsInstance} (the evaluator's static {@code read()}).
 */
class LossEvaluatorPersistenceSparkTest {
  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.DoubleType)
      .add("features", SQLDataTypes.VectorType())
      .add("w", DataTypes.DoubleType);

  @TempDir
  Path dir;

  /** 300 seeded rows, about 1 in 10 positive, positives shifted by (1.5, 1). */
  private static Dataset<Row> data() {
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double y = random.nextDouble() < 0.1 ? 1 : 0;
      rows.add(RowFactory.create(y, Vectors.dense(random.nextGaussian() + 1.5 * y,
          random.nextGaussian() + y), 0.5 + random.nextInt(3)));
    }
    return SharedSpark.session().createDataFrame(rows, SCHEMA);
  }

  /** Every param of {@code actual} is as in {@code expected}: set, defaulted or absent alike. */
  private static void assertSameParams(Evaluator actual, LossEvaluator expected) {
    assertThat(actual).isInstanceOf(LossEvaluator.class);
    assertThat(actual.uid()).isEqualTo(expected.uid());
    assertThat(actual.params()).hasSameSizeAs(expected.params());
    for (Param<?> p : expected.params()) {
      Param<Object> q = actual.getParam(p.name());
      assertThat(actual.isSet(q)).as(p.name()).isEqualTo(expected.isSet(p));
      assertThat(actual.hasDefault(q)).as(p.name()).isEqualTo(expected.hasDefault(p));
      if (expected.isDefined(p)) {
        // arrays compare by their entries
        assertThat(actual.getOrDefault(q)).as(p.name()).isEqualTo(expected.getOrDefault(p));
      } else {
        assertThat(actual.isDefined(q)).as(p.name()).isFalse();
      }
    }
  }

  private static LossEvaluator configured() {
    return new LossEvaluator().setMetricName("multiclass_focal_loss").setGamma(1.5)
        .setAlphas(0.25, 0.5).setEps(1e-7).setClassWeights(1, 3).setNumClasses(2)
        .setWeightCol("w").setMode("DROPMALFORMED");
  }

  @Test
  void anEvaluatorIsSavedAndLoadedWithEveryParam() throws IOException {
    LossEvaluator evaluator = configured();
    String path = dir.resolve("evaluator").toString();
    evaluator.save(path);

    LossEvaluator loaded = LossEvaluator.load(path);
    assertSameParams(loaded, evaluator);
    assertThat(loaded.getAlphas()).containsExactly(0.25, 0.5);
    assertThat(loaded.getClassWeights()).containsExactly(1, 3);
    assertThat(loaded).hasToString(evaluator.toString());
    // Spark ML's own metadata: the class Spark instantiates, the arrays as JSON arrays
    String metadata;
    try (var files = Files.list(dir.resolve("evaluator").resolve("metadata"))) {
      metadata = files.filter(f -> f.getFileName().toString().startsWith("part-"))
          .map(f -> read(f)).collect(Collectors.joining());
    }
    assertThat(metadata).contains("\"class\":\"io.losslens.spark.ml.LossEvaluator\"",
        "\"alphas\":[0.25,0.5]", "\"classWeights\":[1.0,3.0]", "\"gamma\":1.5");

    // an unset optional param stays unset; the loaded evaluator computes the same bits
    LossEvaluator plain = new LossEvaluator().setMetricName("focal_loss").setWeightCol("w");
    plain.write().overwrite().save(path);
    LossEvaluator plainLoaded = LossEvaluator.read().load(path);
    assertSameParams(plainLoaded, plain);
    assertThat(plainLoaded.getAlphas()).isNull();
    Dataset<Row> predictions = new LogisticRegression().fit(data()).transform(data());
    assertThat(plainLoaded.evaluate(predictions)).isEqualTo(plain.evaluate(predictions));
    assertThat(loaded.evaluate(predictions)).isEqualTo(evaluator.evaluate(predictions));
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCrossValidatorModelKeepsItsEvaluatorThroughSaveAndLoad() throws IOException {
    Dataset<Row> data = data().cache();
    LogisticRegression lr = new LogisticRegression().setMaxIter(20);
    LossEvaluator evaluator = configured();
    ParamMap[] grid = {new ParamMap().put(lr.regParam(), 0.0),
        new ParamMap().put(lr.regParam(), 0.1)};
    CrossValidator cv = new CrossValidator().setEstimator(lr).setEvaluator(evaluator)
        .setEstimatorParamMaps(grid).setNumFolds(2).setSeed(11).setParallelism(1);

    String cvPath = dir.resolve("cv").toString();
    cv.save(cvPath);
    assertSameParams(CrossValidator.load(cvPath).getEvaluator(), evaluator);

    CrossValidatorModel model = cv.fit(data);
    String modelPath = dir.resolve("cv-model").toString();
    model.save(modelPath);
    CrossValidatorModel loaded = CrossValidatorModel.load(modelPath);
    assertSameParams(loaded.getEvaluator(), evaluator);
    assertThat(loaded.avgMetrics()).containsExactly(model.avgMetrics());
    assertThat(loaded.getEvaluator().evaluate(loaded.transform(data)))
        .isEqualTo(evaluator.evaluate(model.transform(data)));
  }
}
