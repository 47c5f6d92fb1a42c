import CFAGOutput
import Foundation

/// Where output goes: ids and JSON on stdout for scripts, messages for people on stderr. Every
/// text for people passes through `TerminalText.safe`, so stored text cannot drive the terminal;
/// JSON is printed exact.
enum Output {
  /// Prints the id of something just created, alone on stdout (or `{"id": ...}` with `--json`).
  static func created(_ id: some CustomStringConvertible, json: Bool) {
    if json {
      JSONOutput.print(["id": id.description])
    } else {
      print(id.description)
    }
  }

  /// Prints text for people on stdout.
  static func print(_ text: String, terminator: String = "\n") {
    Swift.print(TerminalText.safe(text), terminator: terminator)
  }

  /// A short confirmation for people.
  static func done(_ message: String) { standardError(message) }

  static func warn(_ message: String) { standardError("warning: \(message)") }

  static func standardError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(message) + "\n").utf8))
  }
}

/// JSON for scripts: snake_case keys, sorted, pretty-printed; dates are ISO 8601 strings.
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! encoder.encode(value), as: UTF8.self)
  }

  static func print<T: Encodable>(_ value: T) { Swift.print(encode(value)) }
}

/// An error for people: printed as `Error: message` on stderr, with exit status 1.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
