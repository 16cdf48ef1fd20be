package io.losslens.spark;

import io.losslens.spark.functions.SqlFunction;
import org.apache.spark.sql.SparkSessionExtensions;
import scala.Tuple3;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The LossLens functions in every session, without a prefix and without code:
 * {@code --conf spark.sql.extensions=io.losslens.spark.LossExtensions} (with the jar on the
 * classpath) for spark-sql, the Thrift server, PySpark's {@code spark.sql} and Spark Connect.
 * Each session then has every function, its {@code try_} twin and the aggregates, built exactly
 * as {@link LossFunctions#register} builds them: each call a static call of its kernel in
 * Spark's generated code.
 */
public final class LossExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    for (SqlFunction f : LossFunctions.definitions()) {
      extensions.injectFunction(new Tuple3<>(f.identifier(), f.info(), f.builder()));
    }
    return BoxedUnit.UNIT;
  }
}
