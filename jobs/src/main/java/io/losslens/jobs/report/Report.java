package io.losslens.jobs.report;

import java.util.List;
import java.util.Map;

/** A per-class loss report: what {@code losslens report} computes and writes. */
public final class Report {
  /** The generic loss names as given ({@code cross_entropy}, {@code focal_loss}, ...). */
  public final List<String> losses;
  /** Generic name to the contract function used, e.g. {@code focal_loss(alpha=0.25, gamma=2.0)}. */
  public final Map<String, String> lossFunctions;
  /** The slice columns, in order; empty without {@code --slice-cols}. */
  public final List<String> sliceColumns;
  /** The breakdown of the whole input. */
  public final Breakdown overall;
  /** One breakdown per slice value, in slice order; empty without slice columns. */
  public final List<Breakdown> slices;
  /** The effective configuration, setting name to value, in a stable order. */
  public final Map<String, Object> configuration;
  public final String sparkVersion;
  public final String losslensVersion;
  /** When the report was made, ISO-8601 UTC. */
  public final String createdAt;

  public Report(List<String> losses, Map<String, String> lossFunctions, List<String> sliceColumns,
      Breakdown overall, List<Breakdown> slices, Map<String, Object> configuration,
      String sparkVersion, String losslensVersion, String createdAt) {
    this.losses = List.copyOf(losses);
    this.lossFunctions = Maps.copy(lossFunctions);
    this.sliceColumns = List.copyOf(sliceColumns);
    this.overall = overall;
    this.slices = List.copyOf(slices);
    this.configuration = Maps.copy(configuration);
    this.sparkVersion = sparkVersion;
    this.losslensVersion = losslensVersion;
    this.createdAt = createdAt;
  }
}
