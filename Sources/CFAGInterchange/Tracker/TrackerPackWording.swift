import CFAGDomain

/// The words the Markdown and HTML packs share.
enum TrackerPackWording {
  static func title(_ pack: TrackerPack) -> String { "Action and Improvement plan: \(pack.scope)" }

  static func subtitle(_ pack: TrackerPack) -> String {
    let open = pack.entries.filter { $0.action.isOpen }.count
    return "Learning Lessons subgroup pack, \(pack.today.long): \(pack.selection.words). "
      + "\(count(pack.entries.count, "action")), \(open) open, \(pack.overdue.count) overdue."
  }

  static let summaryColumns = ["Agency", "Red", "Amber", "Green", "Blue", "Closed", "Overdue", "Total"]

  static func summaryCells(_ line: TrackerPack.SummaryLine) -> [String] {
    [line.agency] + RAG.allCases.map { String(line.count($0)) } + [String(line.overdue), String(line.total)]
  }

  static let overdueColumns = ["ID", "Agency", "Lead", "Due", "Days overdue", "Action"]

  static func overdueCells(_ entry: TrackerPack.Entry) -> [String] {
    let action = entry.action
    return [
      action.id.rawValue, entry.agency, action.lead, action.due.long, String(entry.overdueDays), action.text,
    ]
  }

  /// `LL-2026-001 · Police · Red (urgent)`.
  static func heading(_ entry: TrackerPack.Entry) -> String {
    "\(entry.action.id) · \(entry.agency) · \(entry.rag.label)" + (entry.action.urgent ? " (urgent)" : "")
  }

  /// The labelled facts shown under each action.
  static func facts(_ entry: TrackerPack.Entry) -> [(label: String, text: String)] {
    let action = entry.action
    var facts: [(String, String)] = [
      ("Source", action.source.label), ("Lead", action.lead), ("Created", action.created.long),
      (
        "Due",
        action.due.long + (entry.overdueDays > 0 ? " (\(count(entry.overdueDays, "day")) overdue)" : "")
      ),
    ]
    for revision in action.dueRevisions {
      facts.append(
        (
          "Due revised",
          "\(revision.from.long) → \(revision.to.long) on \(revision.on.long): \(revision.reason)"
        )
      )
    }
    facts.append(("Status", "\(action.status.label); \(action.confidence.label.lowercased())"))
    if let override = action.manualRAG {
      facts.append(
        ("RAG", "\(override.rag.label), set by hand: \(override.reason) (derived: \(entry.derivedRAG.label))")
      )
    }
    if let note = action.latestProgress {
      facts.append(("Latest progress", "\(note.on.long), \(note.author): \(note.text)"))
    } else {
      facts.append(("Latest progress", "none yet"))
    }
    if !action.evidenceOfImpact.isEmpty { facts.append(("Evidence of impact", action.evidenceOfImpact)) }
    if let closure = action.closure { facts.append(("Closed", "by \(closure.by) on \(closure.on.long)")) }
    if action.reaudit { facts.append(("Re-audit", "the theme is to be audited again")) }
    return facts
  }

  static let ragHeading = "How the RAG rating is derived"

  /// The cover's lines from the document settings (unset ones left out), with the issue date.
  static func cover(_ pack: TrackerPack) -> [(label: String, text: String)] {
    guard let settings = pack.settings else { return [] }
    return [
      ("Partnership", settings.partnership), ("Report to", settings.reportTo), ("Author", settings.author),
      ("Issue date", pack.today.long), ("Protective marking", settings.marking),
    ].filter { !$0.1.trimmingWhitespace.isEmpty }
  }

  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
