import ArgumentParser
import CFAGDomain
import CFAGStore

struct AuditSample: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Draw the audit's cases at random from the candidates its theme admits, plus reserves.",
    discussion: """
      The draw is reproducible: the pool is sorted by reference and a SplitMix64 generator seeded with \
      --seed does a Fisher–Yates draw (docs/sampling.md). The seed, criteria, pool size, SHA-256 of the \
      sorted pool references and the time are recorded with the audit.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Option(help: "How many cases to draw.") var size: Int
  @Option(help: "How many reserves to draw after them, numbered in draw order.") var reserves = 0
  @Option(help: "The seed (a whole number); without it one is chosen and shown.") var seed: UInt64?
  @Option(help: "Spread the draw across a field's values in proportion, e.g. plan_type, age_band, team.")
  var stratify: String?
  @Flag(help: "Draw again over an earlier draw (logged; refused once drawn cases have returns or grades).")
  var force = false

  func run() throws {
    let field = try stratify.map { text in try CandidateField(naming: text) }
    let id = audit
    let outcome = try AppEnvironment(global).workbench().sample(
      id, SampleRequest(size: size, reserves: reserves, seed: seed, stratifiedBy: field, force: force))
    if global.json { JSONOutput.print(SampleOutcomeJSON(outcome)) }
    let record = outcome.record
    var lines = [
      "\(outcome.redrawn ? "re-sampled" : "sampled") \(id): \(outcome.selected.count) cases and "
        + "\(outcome.reserves.count) reserve\(outcome.reserves.count == 1 ? "" : "s")",
      "  seed:       \(record.seed)"
        + (seed == nil ? " (chosen now; give --seed \(record.seed) to re-run)" : ""),
      "  criteria:   \(record.criteria.isEmpty ? "none" : record.criteria.joined(separator: "; "))",
      "  pool:       \(record.poolSize) eligible candidates",
      "  pool hash:  \(record.poolHash) (SHA-256 of the sorted references)",
      "  drawn at:   \(record.drawnAt)",
    ]
    if let field = record.stratifiedBy {
      lines.append(
        "  stratified by \(field.rawValue): "
          + outcome.strata.map { "\($0.value) \($0.quota) of \($0.poolCount)" }.joined(separator: ", "))
    }
    lines.append("  cases:      " + outcome.selected.map(\.value).joined(separator: ", "))
    if !outcome.reserves.isEmpty {
      lines.append(
        "  reserves:   "
          + outcome.reserves.enumerated().map { "\($0.offset + 1). \($0.element.value)" }.joined(
            separator: ", "))
    }
    if outcome.reserves.count < reserves {
      lines.append(
        "warning: only \(outcome.reserves.count) of the \(reserves) reserves asked for: the pool ran out")
    }
    Output.done(lines.joined(separator: "\n"))
  }
}

struct AuditReplace: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replace", abstract: "Swap a case for the lowest-numbered unused reserve, with the reason.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The audit id.") var audit: AuditID
  @Argument(help: "The case to replace.") var reference: String
  @Option(help: "Why it is replaced (kept in the change log).") var reason: String

  func run() throws {
    let id = audit
    let reserve = try AppEnvironment(global).workbench().replaceCase(id, reference: reference, reason: reason)
    Output.done("replaced \(reference) with reserve \(reserve) in \(id)")
  }
}
