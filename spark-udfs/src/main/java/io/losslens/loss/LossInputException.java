package io.losslens.loss;

/**
 * An argument of a loss function broke the function's contract. The message names the
 * function, the argument, the offending value and the rule, for example
 * {@code cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)}.
 */
public final class LossInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LossInputException(String message) {
    super(message);
  }
}
