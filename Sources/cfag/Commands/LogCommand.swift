import ArgumentParser
import CFAGDomain
import CFAGStore
import Foundation

struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Show the change log: who changed what, when, from what to what, and why.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only changes to this audit (its cases, returns, grades, recommendations and actions).")
  var audit: AuditID?
  @Option(help: "Only changes to this tracker action and its progress notes.") var action: ActionID?
  @Option(name: .customLong("case"), help: "With --audit: only changes to this case.") var reference: String?

  func run() throws {
    let scope: HistoryScope
    switch (audit, action, reference) {
    case (nil, nil, nil): scope = .all
    case (let audit?, nil, nil): scope = .audit(audit)
    case (let audit?, nil, let reference?): scope = .auditCase(audit: audit, reference: reference)
    case (nil, let action?, nil): scope = .action(action)
    case (nil, nil, _?): throw CLIError("--case needs --audit ID: a case reference belongs to an audit")
    default: throw CLIError("give either --audit or --action, not both")
    }
    let records = try AppEnvironment(global).workbench(readOnly: true).history(scope)
    if global.json { return JSONOutput.print(records.map(ChangeRecordJSON.init)) }
    if records.isEmpty { return Output.done("no changes recorded") }
    Output.print(LogText.render(records))
  }
}

/// The change log for people: changes grouped by action (who and when), then by the thing changed.
enum LogText {
  static func render(_ records: [ChangeRecord]) -> String {
    var lines: [String] = []
    var action: (at: String, actor: String)?
    var subject: (entity: String, id: String)?
    for record in records {
      if action?.at != record.at || action?.actor != record.actor {
        if !lines.isEmpty { lines.append("") }
        lines.append("\(timestamp(record.at))  \(record.actor)")
        action = (record.at, record.actor)
        subject = nil
      }
      let reason = record.reason.map { "  (reason: \(short($0)))" } ?? ""
      if record.field == "*" {
        let verb = record.newValue == nil ? "deleted" : "created"
        lines.append("  #\(record.sequence) \(verb) \(describe(record))\(reason)")
        subject = (record.entity, record.entityID)
        continue
      }
      if subject?.entity != record.entity || subject?.id != record.entityID {
        lines.append("  changed \(describe(record))")
        subject = (record.entity, record.entityID)
      }
      if record.field == "import" {
        lines.append("    #\(record.sequence) imported: \(record.newValue ?? "")\(reason)")
      } else if record.oldValue == nil {
        lines.append("    #\(record.sequence) \(record.field): \(show(record.newValue))\(reason)")
      } else {
        lines.append(
          "    #\(record.sequence) \(record.field): \(show(record.oldValue)) → \(show(record.newValue))\(reason)"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `assessment CFAG-2026-01/MC-1001`, with underscores read as spaces.
  static func describe(_ record: ChangeRecord) -> String {
    "\(record.entity.split(separator: "_").joined(separator: " ")) \(record.entityID)"
  }

  /// `2026-11-23 10:00:00` from an ISO 8601 timestamp.
  static func timestamp(_ at: String) -> String {
    let text = at.replacingOccurrences(of: "T", with: " ")
    guard let dot = text.firstIndex(of: ".") else { return text }
    return String(text[..<dot])
  }

  static func show(_ value: String?) -> String {
    guard let value else { return "(none)" }
    return "\"\(short(value))\""
  }

  static func short(_ text: String) -> String {
    let line = String(text.map { $0.isNewline ? "⏎" : $0 })
    return line.count > 80 ? String(line.prefix(80)) + "…" : line
  }
}
