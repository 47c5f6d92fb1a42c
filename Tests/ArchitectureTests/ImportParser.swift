/// The modules a Swift file imports, whatever the form: `import X`, `@testable import X`,
/// `@preconcurrency import X`, `internal import X`, `public import X`, `import struct X.Y`.
enum ImportParser {
  static let accessLevels: Set<Substring> = ["public", "package", "internal", "fileprivate", "private"]
  static let declarationKinds: Set<Substring> = [
    "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
  ]

  static func imports(in text: String) -> [String] {
    text.split(separator: "\n").compactMap(module)
  }

  /// The module a line imports, or nil when the line is not an import.
  static func module(_ line: Substring) -> String? {
    var words = line.split(whereSeparator: \.isWhitespace)[...]
    while let first = words.first, first.hasPrefix("@") || accessLevels.contains(first) {
      words.removeFirst()
    }
    guard words.popFirst() == "import" else { return nil }
    if let kind = words.first, declarationKinds.contains(kind) { words.removeFirst() }
    return words.first?.split(separator: ".").first.map(String.init)
  }
}
