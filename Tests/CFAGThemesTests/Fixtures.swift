import Foundation

/// Shared test material: a small valid theme, line edits, temporary folders and the repo's Themes.
enum Fixtures {
  /// A valid theme; line numbers matter to the tests (line 12 is `requires_improvement`).
  static let sample = """
    id: sample
    title: Sample theme
    version: 1
    report_subject: children in a sample
    description: A theme used by the tests.
    criteria:
      plan_type: [child-in-need, CP]
      age_band: [5-9]
      started_within_months: 12
    grades:
      good: Good work.
      requires_improvement: Some gaps.
      inadequate: Children left at risk.
    domains:
      - id: recognition
        title: Recognition and referral
        questions:
          - id: referral-timely
            text: Was the referral timely?
            answer: yes-partly-no
            good_looks_like: Concerns acted on at once.
          - id: child-views
            text: What did the child say?
            answer: text
            good_looks_like: The child's words are recorded.

    """

  /// `sample` with line `number` (from 1) replaced by `text`.
  static func sample(replacingLine number: Int, with text: String) -> String {
    var lines = sample.components(separatedBy: "\n")
    lines[number - 1] = text
    return lines.joined(separator: "\n")
  }

  /// `sample` with the lines in `range` removed.
  static func sample(removingLines range: ClosedRange<Int>) -> String {
    var lines = sample.components(separatedBy: "\n")
    lines.removeSubrange((range.lowerBound - 1)...(range.upperBound - 1))
    return lines.joined(separator: "\n")
  }

  /// The repository's `Themes/` folder, found from this file's path.
  static func repositoryThemes(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Themes", isDirectory: true)
  }

  /// A fresh empty folder under the system's temporary directory.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("cfag-themes-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `text` to `folder/name`, creating the folder.
  @discardableResult
  static func write(_ text: String, named name: String, in folder: URL) throws -> URL {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  /// `sample` with another id and title.
  static func sample(id: String, title: String) -> String {
    sample.replacingOccurrences(of: "id: sample", with: "id: \(id)")
      .replacingOccurrences(of: "title: Sample theme", with: "title: \(title)")
  }
}
