package io.losslens.spark;

import io.losslens.spark.functions.BoundLoss;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.Param;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code BoundLosses.java} is generated from the registry: this test regenerates it in memory
 * and fails when the committed file differs. Run with {@code -Dlosslens.regenerate=true} to
 * rewrite it after changing the registry.
 *
 * <p>For each function (and its {@code try_} twin) and each assignment of a representation
 * ({@code D}: {@code array<double>}, {@code F}: {@code array<float>}, {@code V}: ML vector) to its
 * vector arguments, one class with a static {@code invoke} per arity: numbers as
 * {@code double}, arrays as {@code ArrayData}, vectors as {@code Object}, exactly the Java types
 * Spark looks the magic method up by. A function read in place also has the representation of
 * all its vectors as {@code array<double>} without NULL elements ({@code N}).
 */
class BoundLossesSourceTest {
  private static final Path SOURCE =
      Paths.get("src/main/java/io/losslens/spark/functions/BoundLosses.java");
  private static final String REPRESENTATIONS = "DFV";

  @Test
  void committedSourceMatchesRegistry() throws IOException {
    GeneratedSource.assertUpToDate(SOURCE, generate());
  }

  static String generate() {
    Set<String> imports = new TreeSet<>(List.of("io.losslens.loss.LossInputException",
        "org.apache.spark.sql.catalyst.util.ArrayData", "org.apache.spark.sql.types.DataType"));
    StringBuilder classes = new StringBuilder();
    for (LossFunction f : LossRegistry.all()) {
      for (String representation : representations(f)) {
        boundClass(classes, f, representation, false);
        boundClass(classes, f, representation, true);
      }
    }
    StringBuilder s = new StringBuilder("package io.losslens.spark.functions;\n\n");
    for (String i : imports) {
      s.append("import ").append(i).append(";\n");
    }
    return s.append("\n/**\n")
        .append(" * The catalog's bound functions: for each function, its {@code try_} twin and each\n")
        .append(" * representation of its vector arguments, a {@link BoundLoss} whose static {@code invoke}\n")
        .append(" * methods call the kernel.\n")
        .append(" *\n")
        .append(" * <p>Generated from {@code LossRegistry} by {@code BoundLossesSourceTest}; do not edit.\n")
        .append(" */\n")
        .append("public final class BoundLosses {\n")
        .append("  private BoundLosses() {}\n")
        .append(classes)
        .append("}\n").toString();
  }

  /**
   * Every assignment of D, F or V to the function's vector arguments ("" without any), and N for
   * all of them where the function is read in place.
   */
  private static List<String> representations(LossFunction f) {
    List<String> out = List.of("");
    int vectors = 0;
    for (Param p : f.params()) {
      if (p.kind() == Param.Kind.VECTOR) {
        vectors++;
        List<String> longer = new ArrayList<>();
        for (String prefix : out) {
          for (char r : REPRESENTATIONS.toCharArray()) {
            longer.add(prefix + r);
          }
        }
        out = longer;
      }
    }
    if (f.inPlaceTarget() != null && vectors > 0) {
      out = new ArrayList<>(out);
      out.add(String.valueOf(BoundLoss.DOUBLE_ARRAY_WITHOUT_NULLS).repeat(vectors));
    }
    return out;
  }

  private static void boundClass(StringBuilder s, LossFunction f, String representation,
      boolean tryTwin) {
    String name = BoundLoss.className(f, tryTwin, representation);
    s.append("\n  /** {@code ").append(tryTwin ? f.tryName() : f.name())
        .append(f.argumentList()).append('}').append(describe(f, representation))
        .append(". */\n")
        .append("  public static final class ").append(name).append(" extends BoundLoss {\n")
        .append("    private static final long serialVersionUID = 1L;\n\n")
        .append("    ").append(name)
        .append("(String name, DataType[] inputTypes, DataType resultType) {\n")
        .append("      super(name, inputTypes, resultType);\n")
        .append("    }\n");
    for (int arity = f.minArity(); arity <= f.maxArity(); arity++) {
      s.append('\n');
      if (tryTwin) {
        tryInvoke(s, f, representation, arity);
      } else {
        invoke(s, f, representation, arity);
      }
    }
    s.append("  }\n");
  }

  private static String describe(LossFunction f, String representation) {
    List<String> parts = new ArrayList<>();
    int v = 0;
    for (Param p : f.params()) {
      if (p.kind() == Param.Kind.VECTOR) {
        char r = representation.charAt(v++);
        parts.add(p.name() + (r == 'D' ? " array<double>" : r == 'F' ? " array<float>"
            : r == BoundLoss.DOUBLE_ARRAY_WITHOUT_NULLS ? " array<double> without NULL elements"
            : " an ML vector"));
      }
    }
    return parts.isEmpty() ? "" : ", " + String.join(", ", parts);
  }

  private static void invoke(StringBuilder s, LossFunction f, String representation, int arity) {
    boolean vectors = !representation.isEmpty();
    s.append("    public static ").append(returnType(f, vectors)).append(" invoke(")
        .append(parameters(f, representation, arity)).append(") {\n");
    char withoutNulls = BoundLoss.DOUBLE_ARRAY_WITHOUT_NULLS;
    if (vectors && representation.chars().allMatch(r -> r == withoutNulls)) {
      // no NULL element to scan for; Spark still passes a NULL array, which gives NULL
      List<String> vectorNames = new ArrayList<>();
      for (int i = 0; i < arity; i++) {
        if (f.params().get(i).kind() == Param.Kind.VECTOR) {
          vectorNames.add(LossColumnsSourceTest.camel(f.params().get(i).name()) + " == null");
        }
      }
      s.append("      return ").append(String.join(" || ", vectorNames)).append(" ? null : ")
          .append(inPlaceTarget(f)).append('.').append(f.inPlaceMethod())
          .append("WithoutNulls(").append(String.join(", ", arguments(f, arity))).append(");\n")
          .append("    }\n");
      return;
    }
    boolean arrays = representation.chars().allMatch(r -> r == 'D');
    boolean floats = representation.chars().allMatch(r -> r == 'F');
    if (f.inPlaceTarget() != null
        && (arrays || floats || representation.chars().allMatch(r -> r == 'V'))) {
      // every vector an array<double>, every one an array<float>, or every one an ML vector:
      // the variant that reads them in place
      s.append("      return ").append(inPlaceTarget(f)).append('.').append(f.inPlaceMethod())
          .append(arrays ? "" : floats ? "OfFloats" : "OfVector").append('(')
          .append(String.join(", ", arguments(f, arity))).append(");\n")
          .append("    }\n");
      return;
    }
    List<String> converted = new ArrayList<>();
    List<String> kernelArgs = new ArrayList<>();
    int v = 0;
    for (int i = 0; i < f.params().size(); i++) {
      Param p = f.params().get(i);
      String id = LossColumnsSourceTest.camel(p.name());
      if (i >= arity) {
        if (p.defaultValue() != null) {
          kernelArgs.add(Double.toString(p.defaultValue()));
        }
        v += p.kind() == Param.Kind.VECTOR ? 1 : 0;
      } else if (p.kind() == Param.Kind.NUMBER) {
        kernelArgs.add(id);
      } else {
        char r = representation.charAt(v++);
        String converter = r == 'D' ? "fromDoubleArray" : r == 'F' ? "fromFloatArray"
            : "fromVectorRow";
        s.append("      double[] ").append(id).append("Values = VectorArgs.").append(converter)
            .append('(').append(id).append(");\n");
        converted.add(id + "Values == null");
        kernelArgs.add(id + "Values");
      }
    }
    if (!converted.isEmpty()) {
      s.append("      if (").append(String.join(" || ", converted)).append(") {\n")
          .append("        return null; // a NULL vector or element\n")
          .append("      }\n");
    }
    // qualified: a bound class may have the kernel's simple name (FocalLoss)
    s.append("      return ").append(f.target().getName()).append('.').append(f.method())
        .append('(').append(String.join(", ", kernelArgs)).append(");\n")
        .append("    }\n");
  }

  /** The class of the function's in-place kernels, as the generated source names it. */
  private static String inPlaceTarget(LossFunction f) {
    Class<?> target = f.inPlaceTarget();
    return target.getPackageName().equals(BoundLoss.class.getPackageName())
        ? target.getSimpleName() : target.getName();
  }

  /** The call's arguments by name, then the defaults of the omitted ones. */
  private static List<String> arguments(LossFunction f, int arity) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < f.params().size(); i++) {
      Param p = f.params().get(i);
      if (i < arity) {
        out.add(LossColumnsSourceTest.camel(p.name()));
      } else if (p.defaultValue() != null) {
        out.add(Double.toString(p.defaultValue()));
      }
    }
    return out;
  }

  private static void tryInvoke(StringBuilder s, LossFunction f, String representation,
      int arity) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      names.add(LossColumnsSourceTest.camel(f.params().get(i).name()));
    }
    s.append("    public static ").append(returnType(f, true)).append(" invoke(")
        .append(parameters(f, representation, arity)).append(") {\n")
        .append("      try {\n")
        .append("        return ").append(BoundLoss.className(f, false, representation))
        .append(".invoke(").append(String.join(", ", names)).append(");\n")
        .append("      } catch (LossInputException e) {\n")
        .append("        return null;\n")
        .append("      }\n")
        .append("    }\n");
  }

  /** {@code double} where the result is never NULL for non-NULL numbers, else boxed. */
  private static String returnType(LossFunction f, boolean mayBeNull) {
    if (f.result() == LossFunction.Result.DOUBLE_ARRAY) {
      return "ArrayData";
    }
    return mayBeNull ? "Double" : "double";
  }

  private static String parameters(LossFunction f, String representation, int arity) {
    List<String> out = new ArrayList<>();
    int v = 0;
    for (int i = 0; i < arity; i++) {
      Param p = f.params().get(i);
      String type = p.kind() == Param.Kind.NUMBER ? "double"
          : representation.charAt(v++) == 'V' ? "Object" : "ArrayData";
      out.add(type + " " + LossColumnsSourceTest.camel(p.name()));
    }
    return String.join(", ", out);
  }
}
