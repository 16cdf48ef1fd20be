package io.losslens.it.connect;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Function;

/**
 * A Spark Connect client as an application writes one: {@code SparkSession.builder().remote(url)}
 * of the Spark Connect JVM client, then {@code spark.sql(...)} and {@code spark.catalog()}.
 * Run by {@code SparkConnectIT} in a JVM of its own.
 *
 * <p>Arguments: the server's URL ({@code sc://127.0.0.1:PORT}), then requests, each answered
 * with one line of JSON on standard output, in order:
 * <ul>
 *   <li>a SQL statement: {@code {"sql": STATEMENT, "rows": [ROW, ...]}}, each row as Spark's
 *       {@code Row.json()} writes it (an object by column name; doubles as Java prints them);
 *   <li>{@code getFunction NAME}: {@code {"getFunction": NAME, "description": TEXT}} from
 *       {@code spark.catalog().getFunction(NAME)}, how Spark 3.5 shows a catalog function's docs.
 * </ul>
 * A request that fails is answered with {@code {"sql" or "getFunction": ..., "error": MESSAGE}}
 * and the next one runs; the exit code is 0 once every request has been answered.
 */
public final class ConnectSql {
  private static final String GET_FUNCTION = "getFunction ";

  private ConnectSql() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ConnectSql sc://HOST:PORT [STATEMENT | getFunction NAME]...");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().remote(args[0]).getOrCreate();
    try {
      for (int i = 1; i < args.length; i++) {
        System.out.println(answer(spark, args[i]));
      }
    } finally {
      spark.close();
    }
  }

  private static String answer(SparkSession spark, String request) {
    boolean getFunction = request.startsWith(GET_FUNCTION);
    String key = getFunction ? "getFunction" : "sql";
    String subject = getFunction ? request.substring(GET_FUNCTION.length()) : request;
    StringBuilder out = new StringBuilder("{").append(quote(key)).append(':')
        .append(quote(subject)).append(',');
    try {
      if (getFunction) {
        Function f = spark.catalog().getFunction(subject);
        out.append("\"description\":").append(quote(f.description()));
      } else {
        List<Row> rows = spark.sql(subject).collectAsList();
        out.append("\"rows\":[");
        for (int r = 0; r < rows.size(); r++) {
          out.append(r == 0 ? "" : ",").append(rows.get(r).json());
        }
        out.append(']');
      }
    } catch (Exception e) { // Scala code throws checked ones too (SparkException)
      out.append("\"error\":").append(quote(String.valueOf(e.getMessage())));
    }
    return out.append('}').toString();
  }

  /** A JSON string literal (RFC 8259: quote, backslash and control characters escaped). */
  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          q.append("\\\"");
          break;
        case '\\':
          q.append("\\\\");
          break;
        case '\n':
          q.append("\\n");
          break;
        case '\r':
          q.append("\\r");
          break;
        case '\t':
          q.append("\\t");
          break;
        default:
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
      }
    }
    return q.append('"').toString();
  }
}
