package io.losslens.spark.agg;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column lookup, suggestions and type classes, without a SparkSession. */
class InputColumnsTest {
  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.IntegerType)
      .add("probability", SQLDataTypes.VectorType())
      .add("rawPrediction", SQLDataTypes.VectorType())
      .add("w", DataTypes.DoubleType)
      .add("a.b", DataTypes.StringType);

  @Test
  void findsOnlyTheExactName() {
    assertThat(InputColumns.find(SCHEMA, "label").dataType()).isEqualTo(DataTypes.IntegerType);
    assertThat(InputColumns.find(SCHEMA, "Label")).isNull();
    assertThat(InputColumns.find(SCHEMA, "nope")).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      // another case first, then the fewest edits (at most 2), the first column on ties
      "LABEL, label",
      "lable, label",
      "probabilty, probability",
      "rawprediction, rawPrediction",
      "rawPredictoin, rawPrediction",
      "probabilites, probability"
  })
  void suggestsTheClosestColumn(String given, String suggested) {
    assertThat(InputColumns.missing(SCHEMA, given)).isEqualTo("no column '" + given
        + "' in the input; did you mean '" + suggested + "'? The columns are label, "
        + "probability, rawPrediction, w, a.b");
  }

  @ParameterizedTest
  @CsvSource({"prediction", "weight", "x", "raw", "lbl_col"})
  void listsTheColumnsWhenNoneIsClose(String given) {
    // 'x' is one edit from 'w' and 'raw' two, but a name is no typo of a shorter one
    assertThat(InputColumns.missing(SCHEMA, given)).isEqualTo("no column '" + given
        + "' in the input; the columns are label, probability, rawPrediction, w, a.b");
  }

  @Test
  void editsAreTheLevenshteinDistance() {
    assertThat(InputColumns.edits("", "")).isZero();
    assertThat(InputColumns.edits("label", "label")).isZero();
    assertThat(InputColumns.edits("lable", "label")).isEqualTo(2); // a swap is two edits
    assertThat(InputColumns.edits("kitten", "sitting")).isEqualTo(3);
    assertThat(InputColumns.edits("", "abc")).isEqualTo(3);
    assertThat(InputColumns.edits("flaw", "lawn")).isEqualTo(2);
  }

  @Test
  void wrongTypeNamesTheColumnItsTypeAndTheRule() {
    assertThat(InputColumns.wrongType(SCHEMA.apply("a.b"), "a number"))
        .isEqualTo("column 'a.b' has type string, but must be a number");
    assertThat(InputColumns.wrongType(SCHEMA.apply("probability"), "a number"))
        .isEqualTo("column 'probability' has type vector, but must be a number");
  }

  @Test
  void numbersAndVectorsAreWhatTheAggregatesBind() {
    assertThat(InputColumns.isNumber(DataTypes.IntegerType)).isTrue();
    assertThat(InputColumns.isNumber(DataTypes.createDecimalType(10, 2))).isTrue();
    assertThat(InputColumns.isNumber(DataTypes.NullType)).isTrue();
    assertThat(InputColumns.isNumber(DataTypes.StringType)).isFalse();
    assertThat(InputColumns.isNumber(SQLDataTypes.VectorType())).isFalse();
    assertThat(InputColumns.isVector(SQLDataTypes.VectorType())).isTrue();
    assertThat(InputColumns.isVector(DataTypes.createArrayType(DataTypes.FloatType))).isTrue();
    assertThat(InputColumns.isVector(DataTypes.createArrayType(DataTypes.IntegerType))).isTrue();
    assertThat(InputColumns.isVector(DataTypes.createArrayType(DataTypes.StringType))).isFalse();
    assertThat(InputColumns.isVector(DataTypes.DoubleType)).isFalse();
  }

  @Test
  void quotesNamesWithDotsAndBackticks() {
    assertThat(InputColumns.quoted("a.b")).isEqualTo("`a.b`");
    assertThat(InputColumns.quoted("a`b")).isEqualTo("`a``b`");
  }
}
