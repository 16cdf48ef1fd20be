package io.losslens.spark.functions;

import io.losslens.loss.LossInputException;
import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * Stands in for a call whose constant parameter failed its check at analysis time, in a query
 * whose rows may still be NULL: such rows give NULL (NULL is checked first), any other row fails
 * with the check's message. Targets of {@code staticinvoke}, one per result type.
 */
public final class InvalidConstant {
  private InvalidConstant() {}

  public static double raiseDouble(String message) {
    throw new LossInputException(message);
  }

  public static ArrayData raiseArray(String message) {
    throw new LossInputException(message);
  }
}
