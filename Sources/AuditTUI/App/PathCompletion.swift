import Foundation
import TUIKit

/// Tab completion of a file path typed in a form: the text extended as far as the names in its
/// folder agree, and the names that still match.
public struct PathCompletion: Sendable, Equatable {
  public var text: String
  public var matches: [String]

  public init(text: String, matches: [String]) {
    self.text = text
    self.matches = matches
  }

  /// Completes `text` against the entries of its folder; `list` gives a folder's entries with a
  /// trailing "/" on folders, or nil when it cannot be read. Hidden names need a typed ".".
  static func complete(_ text: String, list: (String) -> [String]?) -> PathCompletion {
    let slash = text.lastIndex(of: "/")
    let folder = slash.map { String(text[...$0]) } ?? ""
    let stem = slash.map { String(text[text.index(after: $0)...]) } ?? text
    let entries = list(folder.isEmpty ? "." : folder) ?? []
    let matches = entries.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted()
    guard let first = matches.first else { return PathCompletion(text: text, matches: []) }
    var common = first
    for name in matches.dropFirst() {
      while !name.hasPrefix(common) { common.removeLast() }
    }
    return PathCompletion(text: folder + common, matches: matches)
  }

  /// The entries of a folder on disk ("~/" is the home folder), folders marked with "/".
  static func listing(_ folder: String) -> [String]? {
    let manager = FileManager.default
    let path = expand(folder)
    guard let names = try? manager.contentsOfDirectory(atPath: path) else { return nil }
    return names.map { name in
      var isFolder: ObjCBool = false
      _ = manager.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isFolder)
      return isFolder.boolValue ? name + "/" : name
    }
  }

  /// A typed path with a leading "~" made absolute.
  static func expand(_ path: String) -> String {
    (path.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
  }

  /// Puts the completion into the form field being typed, and lists the choices when several remain.
  static func apply(_ completion: PathCompletion, _ state: inout AppState) {
    guard case .form(var form) = state.overlay, form.fields.indices.contains(form.focus) else { return }
    form.fields[form.focus].value.setText(completion.text)
    state.overlay = .form(form)
    switch completion.matches.count {
    case 0: state.fail("no file or folder starts with “\(completion.text)”")
    case 1: state.status = nil
    default:
      state.inform(
        "\(completion.matches.count) matches: " + completion.matches.prefix(8).joined(separator: "  "))
    }
  }
}
