import Foundation
import Testing

/// The documents safe to send: anonymised in every spelling, only what happened counted, under
/// document control, frozen at sign-off, returns told honestly.
struct CLIDocumentsTests {
  /// "mc-1002", "MC 1002", "MC1002" and "MC‑1002" (non-breaking hyphen), and the exact form.
  static let spellings = ["mc-1002", "MC 1002", "MC1002", "MC\u{2011}1002", "MC-1002"]

  /// Whether any spelling of MC-1002 is in the text, however it is separated or cased.
  static func leaks(_ text: String) -> Bool {
    text.range(of: #"(?i)mc[\s\-_./\u00A0\u202F\u2010-\u2014]?1002"#, options: .regularExpression) != nil
  }

  @Test func noSpellingOfACaseReferenceReachesADocumentOrPack() throws {
    var cli = try CLIRunner()
    let id = try cli.gradedAudit()
    cli.environment["CFAG_TODAY"] = "2026-12-10"
    let typed = Self.spellings.joined(separator: ", ")
    try cli.succeed([
      "grade", id, "MC-1002", "--grade", "RI", "--rationale", "Seen as \(typed) in the records", "--finding",
      "late referral",
    ])
    let recommendation = try cli.succeed([
      "recommend", id, "--text", "Review plans such as \(typed)", "--finding", "late referral",
    ])
    let action = try cli.succeed([
      "actions", "add", "--recommendation", recommendation, "--owner", "police", "--lead", "DI", "--due",
      "2027-03-31", "--text", "Review Case D and \(typed) plan, and report the number reviewed",
    ])
    try cli.succeed(["actions", "update", action, "--progress", "Met about \(typed)"])
    try cli.succeed(["report", "edit", id, "--section", "summary", "--text", "Summary naming \(typed)."])
    #expect(Self.leaks(try cli.succeed(["report", id, "--format", "md", "--internal"])))

    var files: [String] = []
    for redact in [false, true] {
      for format in ["md", "html", "docx"] + (redact ? [] : ["csv"]) {
        let name = "report-\(redact)-\(format).\(format)"
        try cli.succeed(["report", id, "--format", format, "--out", name] + (redact ? ["--redact"] : []))
        files.append(name)
      }
    }
    for format in ["md", "html", "csv"] {
      try cli.succeed(["report", "trends", "--format", format, "--out", "trends.\(format)"])
      try cli.succeed(["actions", "export", "--status", "all", "--format", format, "--out", "pack.\(format)"])
      files += ["trends.\(format)", "pack.\(format)"]
    }
    for format in ["md", "html"] {
      try cli.succeed([
        "report", "annual", "--from", "2026-04-01", "--to", "2027-03-31", "--include-drafts", "--format",
        format,
        "--out", "annual.\(format)",
      ])
      files.append("annual.\(format)")
    }
    for file in files {
      let bytes = try Data(contentsOf: cli.folder.appendingPathComponent(file))
      #expect(!Self.leaks(String(decoding: bytes, as: UTF8.self)), "\(file) holds a spelling of MC-1002")
    }
    #expect(try cli.read("pack.md").contains("Review Case D and Case B of \(id)"))
    // The pack's CSV still imports cleanly: the anonymised text is not taken for an edit.
    let imported = try cli.succeed(["actions", "import", "pack.csv", "--dry-run"])
    #expect(imported.isEmpty, "\(imported)")
  }

  @Test func aSignedOffReportReadsTheSame200DaysLaterApartFromItsIssueDate() throws {
    var cli = try CLIRunner()
    let id = try cli.gradedAudit()
    cli.environment["CFAG_TODAY"] = "2026-12-02"
    let recommendation = try cli.succeed([
      "recommend", id, "--text", "Hold a drift panel", "--finding", "late referral",
    ])
    try cli.succeed([
      "actions", "add", "--recommendation", recommendation, "--owner", "police", "--lead", "DI", "--due",
      "2027-01-15", "--text", "Hold a monthly drift panel and report the number of plans reviewed",
    ])
    try cli.succeed(["audit", "signoff", id, "--by", "Chair"])
    try cli.succeed([
      "settings", "--partnership", "Medway Safeguarding Children Partnership", "--report-to",
      "MSCP Executive",
    ])
    let atSignOff = try cli.succeed(["report", id, "--format", "md"])
    #expect(atSignOff.contains("RAG as at 2 December 2026"))
    #expect(atSignOff.contains("| Not started | Green |"))
    cli.environment["CFAG_TODAY"] = "2027-06-20"
    let later = try cli.succeed(["report", id, "--format", "md"])
    let differing = zip(atSignOff.split(separator: "\n"), later.split(separator: "\n")).filter { $0 != $1 }
    #expect(differing.map { String($0.1) } == ["- **Issue date:** 20 June 2027"])
    let fresh = try cli.succeed(["report", id, "--format", "md", "--as-at", "2027-06-20"])
    #expect(fresh.contains("| Not started | Red |"))
  }

  @Test func everyFormatCarriesTheMarkingAndPageNumbers() throws {
    let cli = try CLIRunner()
    let id = try cli.gradedAudit()
    let shown = try cli.succeed(["settings", "--report-to", "MSCP Executive", "--author", "Business Manager"])
    #expect(shown.contains("Protective marking: OFFICIAL-SENSITIVE"))
    let markdown = try cli.succeed(["report", id, "--format", "md"])
    #expect(markdown.hasPrefix("**OFFICIAL-SENSITIVE**") && markdown.hasSuffix("**OFFICIAL-SENSITIVE**"))
    #expect(markdown.contains("- **Report to:** MSCP Executive") && markdown.contains("- **Version:** v1"))
    let html = try cli.succeed(["report", id, "--format", "html"])
    #expect(html.contains("counter(pages)") && html.contains("<p class=\"marking\">OFFICIAL-SENSITIVE</p>"))
    try cli.succeed(["report", id, "--format", "docx", "--out", "r.docx"])
    let docx = String(
      decoding: try Data(contentsOf: cli.folder.appendingPathComponent("r.docx")), as: UTF8.self)
    #expect(docx.contains("NUMPAGES") && docx.contains(">OFFICIAL-SENSITIVE<"))
    for format in ["md", "html"] {
      try cli.succeed(["actions", "export", "--status", "all", "--format", format, "--out", "pack.\(format)"])
    }
    let pack = try cli.read("pack.md")
    #expect(pack.hasPrefix("**OFFICIAL-SENSITIVE**") && pack.contains("- **Report to:** MSCP Executive"))
    #expect(try cli.read("pack.html").contains("counter(pages)"))
    try cli.succeed(["returns", "pack", id, "--format", "html", "--out", "returns.html"])
    let returnsPack = try cli.read("returns.html")
    #expect(returnsPack.contains("counter(pages)") && returnsPack.contains(">OFFICIAL-SENSITIVE</p>"))
    #expect(try cli.succeed(["returns", "pack", id, "--format", "md"]).hasPrefix("**OFFICIAL-SENSITIVE**"))
    try cli.succeed(["settings", "--marking", "OFFICIAL"])
    #expect(try cli.succeed(["report", id, "--format", "md"]).hasPrefix("**OFFICIAL**"))
  }

  @Test func anAgencyNotInvolvedInEveryCaseIsNotListedAsHavingReturned() throws {
    let cli = try CLIRunner()
    let audit = try cli.preparedAudit()
    let markdown = try cli.succeed(["report", audit.id, "--format", "md"])
    #expect(markdown.contains("Audits were returned by Police (1 case)."))
    #expect(markdown.contains("Social Care returned saying it was not involved with any of the children."))
  }
}
