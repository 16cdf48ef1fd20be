"""LossLens from PySpark: SQL with the session extension and the function catalog.

After the build (./mvnw -q -DskipTests package), with PySpark 3.5 (pip install 'pyspark==3.5.*'):

    python examples/pyspark_losses.py [path/to/losslens-spark-udfs-<version>.jar]

The three settings must be in place before the first SparkSession of the Python process starts
(they are read once, when Spark starts); in a notebook, put the builder in the first cell. With
the pyspark shell, pass them as `pyspark --jars <jar> --conf spark.sql.extensions=... --conf
spark.sql.catalog.losslens=...`.

tests/src/test/java/io/losslens/it/PySparkExampleIT runs this file's settings, data and SQL
statements on the JVM and checks each result against independently computed values: keep the
rows one per line and every statement in a spark.sql(\"\"\"...\"\"\") of its own.
"""
import os
import sys

from pyspark.ml.linalg import Vectors
from pyspark.sql import SparkSession

HERE = os.path.dirname(os.path.abspath(__file__))
LOSSLENS_JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "spark-udfs", "target", "losslens-spark-udfs-0.1.0-SNAPSHOT.jar")

spark = (SparkSession.builder
         .appName("losslens-pyspark")
         .config("spark.jars", LOSSLENS_JAR)
         .config("spark.sql.extensions", "io.losslens.spark.LossExtensions")
         .config("spark.sql.catalog.losslens", "io.losslens.spark.LossCatalog")
         .getOrCreate())

# A 3-class model's predictions as Spark ML writes them: the true label, the `probability`
# vector (a model's transform() output has it), and a sample weight.
PREDICTIONS = [
    (1, 0, Vectors.dense([0.7, 0.2, 0.1]), 1.0),
    (2, 1, Vectors.dense([0.1, 0.8, 0.1]), 2.0),
    (3, 2, Vectors.dense([0.2, 0.3, 0.5]), 1.0),
    (4, 1, Vectors.dense([0.5, 0.4, 0.1]), 0.5),
    (5, 0, Vectors.dense([0.6, 0.3, 0.1]), 1.5),
]
spark.createDataFrame(PREDICTIONS, ["id", "label", "probability", "weight"]) \
    .createOrReplaceTempView("predictions")

# A binary model's probability of the positive class.
BINARY_PREDICTIONS = [
    (1, 1, 0.9),
    (2, 0, 0.2),
    (3, 1, 0.4),
]
spark.createDataFrame(BINARY_PREDICTIONS, ["id", "label", "p"]) \
    .createOrReplaceTempView("binary_predictions")

# The loss of each row: the extension's function and the catalog's give the same numbers.
spark.sql("""
SELECT id, cross_entropy(label, probability) AS ce,
       losslens.cross_entropy(label, probability) AS ce_catalog
FROM predictions ORDER BY id
""").show(truncate=False)

# Weighted and plain means, exact and the same whatever the partitioning.
spark.sql("""
SELECT loss_mean('cross_entropy', label, probability, weight) AS weighted_ce,
       loss_mean('cross_entropy', label, probability) AS ce,
       loss_mean('multiclass_focal_loss', label, probability) AS focal
FROM predictions
""").show(truncate=False)

# Which classes carry the loss: one row per class.
spark.sql("""
SELECT c.class, c.rows, c.weight_sum, c.loss_mean['cross_entropy'] AS ce, c.recall, c.precision
FROM (SELECT explode(per_class_loss('cross_entropy', label, probability, weight).classes) AS c
      FROM predictions)
ORDER BY c.class
""").show(truncate=False)

# The catalog's functions on a binary model (a try_ twin gives NULL where a value is invalid).
spark.sql("""
SELECT id, losslens.focal_loss(label, p, 0.25, 2.0) AS focal,
       losslens.try_binary_cross_entropy(label, p) AS bce
FROM binary_predictions ORDER BY id
""").show(truncate=False)

# Usage, arguments and an example of a function; a catalog function's text is its description.
spark.sql("""
DESCRIBE FUNCTION EXTENDED focal_loss
""").show(truncate=False)
print(spark.catalog.getFunction("losslens.focal_loss").description)

spark.stop()
