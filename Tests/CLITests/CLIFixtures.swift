import Foundation
import Testing

/// An audit taken through preparing, the panel and the tracker with the commands alone.
struct PreparedAudit {
  var id: String
  /// The cases drawn at random, in draw order (the first was replaced by the first reserve).
  var drawn: [String]
  /// The cases included after the replacement.
  var included: [String]
  var recommendation: String
  var action: String
}

extension CLIRunner {
  /// Eight candidates: seven on a child in need plan (so the child-in-need theme admits them), one
  /// on a child protection plan.
  static let candidateCSV = """
    Case Reference,Plan Type,Date of Birth,Gender,Team,Start Date,Agencies Known
    MC-2001,CIN,2019-05-01,Female,North,2026-03-01,Police; Health
    MC-2002,CIN,2015-02-11,Male,South,2026-02-10,Health
    MC-2003,CIN,2012-07-21,Female,North,2026-04-01,Police
    MC-2004,CIN,2020-01-01,Male,East,2026-05-01,
    MC-2005,CIN,2010-03-03,Female,South,2026-06-01,Schools
    MC-2006,CIN,2018-08-08,Male,North,2026-07-01,Police
    MC-2007,CP,2016-09-09,Female,East,2026-08-01,Health
    MC-2008,CIN,2014-10-10,Male,East,2026-09-01,Police

    """

  /// Writes a file into the runner's folder (the commands' working directory); returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func read(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  /// Runs a command that must succeed, and gives its stdout without the final newline.
  @discardableResult
  func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try run(arguments)
    #expect(
      result.status == 0, "cfag \(arguments.joined(separator: " ")): \(result.stderr)",
      sourceLocation: sourceLocation)
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The whole database as SQL text (`sqlite3 DB .dump`), to show that a refused command changed nothing.
  func dump() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", databasePath, ".dump"]
    process.environment = environment
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 .dump failed")
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs SQL on the database behind the program's back, as someone with `sqlite3` could.
  func tamper(_ sql: String, database: String? = nil) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", database ?? databasePath, sql]
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "sqlite3 \(sql) failed")
  }

  /// Imports the candidate list, draws four cases and two reserves with seed 7 for a child in need
  /// audit met on 2026-11-20, replaces the first case drawn, takes a filled police return and a
  /// social care "not involved" return, grades every case, recommends and raises an action with a
  /// progress note and a revised due date.
  func preparedAudit() throws -> PreparedAudit {
    try write("candidates.csv", Self.candidateCSV)
    try succeed(["cases", "import", "candidates.csv"])
    let id = try succeed([
      "audit", "create", "--theme", "child-in-need", "--date", "2026-11-20", "--agency", "police", "--agency",
      "social care", "--returns-due", "2026-11-13",
    ])
    let sample = try #require(
      try run(["audit", "sample", id, "--size", "4", "--reserves", "2", "--seed", "7", "--json"]).json()
        as? [String: Any])
    let drawn = try #require(sample["selected"] as? [String])
    let reserves = try #require(sample["reserves"] as? [String])
    try succeed(["audit", "replace", id, drawn[0], "--reason", "moved out of area"])
    let included = Array(drawn.dropFirst()) + [reserves[0]]
    try succeed([
      "returns", "template", id, "--agency", "police", "--format", "csv", "--out", "police-template.csv",
    ])
    try write("police.csv", try Self.filledReturn(try read("police-template.csv"), involvedIn: included[0]))
    try succeed(["returns", "import", id, "police.csv"])
    try succeed(["returns", "add", id, included[1], "--agency", "social care", "--involved", "no"])
    for (index, reference) in included.enumerated() {
      try succeed([
        "grade", id, reference, "--grade", index == 0 ? "good" : "RI", "--rationale",
        "Rationale for \(reference)",
        "--finding", "drift", "--domain", "assessment=good",
      ])
    }
    let recommendation = try succeed([
      "recommend", id, "--text", "Hold a monthly drift panel", "--finding", "drift",
    ])
    let action = try succeed([
      "actions", "add", "--recommendation", recommendation, "--owner", "social care", "--lead",
      "Head of Service",
      "--due", "2027-03-31", "--text", "Hold a monthly drift panel and report the number of plans reviewed",
    ])
    try succeed([
      "actions", "update", action, "--progress", "First panel held", "--due", "2027-04-30", "--due-reason",
      "Panel moved",
    ])
    return PreparedAudit(
      id: id, drawn: drawn, included: included, recommendation: recommendation, action: action)
  }

  /// A return template (CSV) filled in: the agency was involved in one case, answering every item,
  /// and not involved in the others.
  static func filledReturn(_ template: String, involvedIn reference: String) -> String {
    let lines = template.split(whereSeparator: \.isNewline).map(String.init)
    let filled = lines.dropFirst().map { line -> String in
      let fields = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false)
      return line + answer(item: String(fields[3]), involved: fields[2] == reference)
    }
    return ([lines[0]] + filled).joined(separator: "\r\n") + "\r\n"
  }

  private static func answer(item: String, involved: Bool) -> String {
    if item == "involved" { return involved ? "yes" : "no" }
    guard involved, !item.hasPrefix("domain:"), !item.hasPrefix("na:") else { return "" }
    if item.hasPrefix("q:") { return "partly: seen in the records" }
    return item == "grade" ? "good" : "Noted in the records"
  }

  /// The fields of one CSV line without line breaks inside quotes.
  static func csvFields(_ line: String) -> [String] {
    let characters = Array(line)
    var fields: [String] = []
    var current = ""
    var quoted = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if quoted && character == "\"" {
        if index + 1 < characters.count && characters[index + 1] == "\"" {
          current.append("\"")
          index += 1
        } else {
          quoted = false
        }
      } else if quoted {
        current.append(character)
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
      index += 1
    }
    return fields + [current]
  }

  /// One CSV line with each field quoted when it needs to be.
  static func csvLine(_ fields: [String]) -> String {
    fields.map { field in
      field.contains(where: { ",\"\n\r".contains($0) })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",")
  }
}
