import CFAGDomain
import CFAGOutput
import Foundation
import Yams

/// Turns the text of a theme file (`Themes/<id>.yaml`) into a `Theme`, or explains, line by line,
/// everything wrong with it.
///
/// Uses Yams' node tree so every problem is reported at its own `file:line:column`, and keeps going
/// after a problem so one run lists them all: unknown keys (with "did you mean"), missing fields,
/// wrong types, empty text, bad criteria, duplicate ids, grades and counts.
public enum ThemeParser {
  /// Parses a theme file's text. `file` is how diagnostics name the file.
  public static func parse(_ text: String, file: String) -> ThemeParseResult {
    var reader = NodeReader(file: file)
    let root: Node?
    do {
      // No tags resolved: `NodeReader` reads every scalar as text (a number or a null by its
      // spelling), and Yams' default resolver matched each scalar against regular expressions,
      // three quarters of a theme's parse.
      root = try Yams.compose(yaml: text, .basic)
    } catch {
      reader.report(syntaxError: error, in: text)
      return ThemeParseResult(theme: nil, diagnostics: reader.diagnostics)
    }
    guard let root else {
      reader.error("the file is empty: a theme needs id, title, version and the rest", at: nil)
      return ThemeParseResult(theme: nil, diagnostics: reader.diagnostics)
    }
    let theme = reader.theme(root, fileStem: Self.stem(of: file))
    let diagnostics = reader.diagnostics.sortedByPosition()
    return ThemeParseResult(theme: diagnostics.containsErrors ? nil : theme, diagnostics: diagnostics)
  }

  /// Reads and parses a file; a file that cannot be read is one error at 1:1.
  public static func parse(contentsOf url: URL) -> ThemeParseResult {
    guard let bytes = FileBytes.read(atPath: url.path) else {
      return unreadable(url, "cannot read the file: no such file, or it is not readable")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return unreadable(url, "the file is not UTF-8 text")
    }
    return parse(text, file: url.path)
  }

  private static func unreadable(_ url: URL, _ message: String) -> ThemeParseResult {
    ThemeParseResult(
      theme: nil, diagnostics: [ThemeDiagnostic(file: url.path, line: 1, column: 1, message: message)])
  }

  private static func stem(of file: String) -> String? {
    let name = URL(fileURLWithPath: file).lastPathComponent
    for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
      return String(name.dropLast(suffix.count))
    }
    return nil
  }
}

extension NodeReader {
  /// The whole document: top-level keys, then each part.
  mutating func theme(_ root: Node, fileStem: String?) -> Theme? {
    guard let mapping = mapping(root, what: "a theme file") else { return nil }
    checkKeys(of: mapping, allowed: ThemeFormat.topLevelKeys, in: "at the top of the theme")
    for key in ThemeFormat.requiredTopLevelKeys where mapping[key] == nil {
      error("missing required field '\(key)'", at: root)
    }
    let id = mapping["id"].flatMap { themeId($0, fileStem: fileStem) }
    let title = mapping["title"].flatMap { text($0, field: "title") }
    let version = mapping["version"].flatMap { integer($0, field: "version", minimum: 1) }
    let subject = mapping["report_subject"].flatMap { text($0, field: "report_subject") }
    let description = mapping["description"].flatMap { text($0, field: "description") }
    let criteriaNode = mapping["criteria"]
    let criteria = criteriaNode.map { self.criteria($0) } ?? []
    if criteriaNode == nil || criteriaNode?.null != nil || criteriaNode?.mapping?.isEmpty == true {
      warning("no criteria: every candidate case would qualify for this theme", at: criteriaNode ?? root)
    }
    let grades = mapping["grades"].map { gradeDescriptors($0) } ?? [:]
    let domains = mapping["domains"].map { self.domains($0) } ?? []
    guard let id, let title, let version, let subject, let description else { return nil }
    return Theme(
      id: id, title: title, version: version, description: description, reportSubject: subject,
      criteria: criteria, domains: domains, gradeDescriptors: grades)
  }

  private mutating func themeId(_ node: Node, fileStem: String?) -> String? {
    guard let id = text(node, field: "id") else { return nil }
    guard ThemeFormat.isSlug(id) else {
      error(
        "theme id '\(id)' must be lower-case letters, digits and hyphens, such as "
          + "'\(ThemeFormat.slug(from: id))'", at: node)
      return nil
    }
    if let fileStem, fileStem != id {
      warning("the id '\(id)' differs from the file name '\(fileStem)': name the file \(id).yaml", at: node)
    }
    return id
  }

  /// A YAML syntax error, placed at the line and column the YAML parser names.
  mutating func report(syntaxError error: any Error, in text: String) {
    guard let yamlError = error as? YamlError else {
      report("cannot read the YAML: \(error)", line: 1, column: 1)
      return
    }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let while_ = context.map { " (\($0.text) on line \($0.mark.line))" } ?? ""
      report("YAML syntax error: \(problem)\(while_)", line: mark.line, column: mark.column)
    case .reader(let problem, let offset, _, _):
      let (line, column) = Self.position(ofCharacter: offset ?? 0, in: text)
      report("the file cannot be read as text: \(problem)", line: line, column: column)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? ""
      let first = context.mark
      if let again = Self.repeatedKey(key, after: first, in: text) {
        report(
          "the key '\(key)' appears twice in the same block (first on line \(first.line)): keep one",
          line: again.line, column: again.column)
      } else {
        report(
          "the key '\(key)' appears twice in the same block: keep one", line: max(first.line, 1),
          column: max(first.column, 1))
      }
    default:
      report("cannot read the YAML: \(yamlError)", line: 1, column: 1)
    }
  }

  /// The next line after `first` where `key:` starts at the same column: Yams names only the first.
  static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
    let lines = text.components(separatedBy: "\n")
    guard first.line >= 1, first.line < lines.count else { return nil }
    for index in first.line..<lines.count {
      let scalars = Array(lines[index].unicodeScalars)
      guard scalars.count >= first.column - 1 + key.unicodeScalars.count else { continue }
      let rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
      let trimmed = rest.drop { $0 == " " }
      if rest.count == trimmed.count, trimmed.hasPrefix(key),
        trimmed.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":")
      {
        return (index + 1, first.column)
      }
    }
    return nil
  }

  static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
