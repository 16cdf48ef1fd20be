package io.losslens.spark;

import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.UnboundLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.catalyst.analysis.NoSuchFunctionException;
import org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException;
import org.apache.spark.sql.connector.catalog.FunctionCatalog;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.functions.UnboundFunction;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The LossLens functions as a Spark function catalog:
 * {@code --conf spark.sql.catalog.losslens=io.losslens.spark.LossCatalog}, then
 * {@code SELECT losslens.cross_entropy(label, probability) FROM preds} in any session (spark-sql,
 * the Thrift server, PySpark, Spark Connect). Every function and its {@code try_} twin, from the
 * registry; each binds, per argument type, to a generated class whose static {@code invoke}
 * calls the kernel, so a call is a {@code staticinvoke} in Spark's generated code. The
 * aggregates ({@code loss_summary}, {@code loss_mean}, {@code per_class_loss}) come with the
 * session functions and the extension, not with the catalog.
 */
public final class LossCatalog implements FunctionCatalog {
  private static final String TRY = "try_";
  private String name = "losslens";

  @Override
  public void initialize(String catalogName, CaseInsensitiveStringMap options) {
    this.name = catalogName;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Identifier[] listFunctions(String[] namespace) throws NoSuchNamespaceException {
    if (namespace.length != 0) {
      throw new NoSuchNamespaceException(namespace);
    }
    List<Identifier> functions = new ArrayList<>();
    for (LossFunction f : LossRegistry.all()) {
      functions.add(Identifier.of(namespace, f.name()));
      functions.add(Identifier.of(namespace, f.tryName()));
    }
    return functions.toArray(new Identifier[0]);
  }

  @Override
  public UnboundFunction loadFunction(Identifier ident) throws NoSuchFunctionException {
    if (ident.namespace().length == 0) {
      String sqlName = ident.name().toLowerCase(Locale.ROOT);
      boolean tryTwin = sqlName.startsWith(TRY);
      LossFunction f = LossRegistry.get(tryTwin ? sqlName.substring(TRY.length()) : sqlName);
      if (f != null) {
        return new UnboundLoss(f, tryTwin);
      }
    }
    throw new NoSuchFunctionException(ident);
  }
}
