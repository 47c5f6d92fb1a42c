import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit
import Testing

/// What the workflow screens' tests share: a candidate list on disk, the meeting audit carried on
/// to a recommendation with an action and a report section, and both snapshot sizes.
extension TUIFixture {
  /// Writes a candidate CSV of `count` children into the fixture's folder; `named` adds a column of
  /// names (which the import refuses), `badLine` spoils that data line's plan type.
  func candidateFile(count: Int = 12, named: Bool = false, badLine: Int? = nil) throws -> String {
    var lines = ["Case Reference,Plan Type,Date of Birth,Team" + (named ? ",Child Name" : "")]
    for index in 1...count {
      let plan = index == badLine ? "Foster" : "CIN"
      lines.append(
        "MC-7\(String(format: "%05d", index)),\(plan),2016-03-0\(1 + index % 9),Team \(index % 2 == 0 ? "North" : "South")"
          + (named ? ",Child \(index)" : ""))
    }
    let path = folder.appendingPathComponent(named ? "named.csv" : "cases.csv").path
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The meeting audit with recommendation R-1 (on "child not seen alone"), an action raised for it,
  /// a returns deadline and a purpose section.
  @discardableResult
  func workflowAudit() throws -> AuditID {
    let id = try meetingAudit()
    try workbench.editAudit(id, details: AuditDetails(returnsDue: Day(iso: "2026-11-20")))
    let recommendation = try workbench.recommend(
      id, text: "Every CIN visit records whether the child was seen alone", findings: ["child not seen alone"]
    ).value
    _ = try workbench.addAction(
      NewAction(
        source: .recommendation(recommendation), owner: "Children's Social Care", lead: "Head of service",
        due: Day(iso: "2027-02-28")!, text: "Audit 20 visit records each quarter for seen-alone evidence"))
    try workbench.setReportSection(id, section: .purpose, text: "To test how well CIN plans hear the child.")
    return id
  }
}

/// Both snapshot sizes of the screen a harness shows.
enum WorkflowSnapshot {
  static func check(_ harness: Harness, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)] {
      try Snapshot.check(harness.runtime.makeFrame(size: size), name, sourceLocation: sourceLocation)
    }
  }

  /// A harness on the workflow audit, at the home screen with it selected.
  static func harness() throws -> Harness {
    let fixture = try TUIFixture()
    try fixture.workflowAudit()
    return try Harness(fixture: fixture)
  }
}
