import CFAGDomain
import Foundation

/// The version stamp an exported row carries, so an import can tell whether the agency edited the
/// row and whether the action changed in the tracker since the export: `v1a2b3c4d-9f8e7d6c`, the
/// hash of the whole stored action, then the hash of the editable cells as exported.
public struct TrackerVersion: Hashable, Sendable, CustomStringConvertible {
  public var state: String
  public var cells: String

  /// The version of an action as it is now.
  public init(_ action: TrackerAction) {
    state = Self.stateHash(action)
    cells = Self.cellsHash(
      status: action.status, confidence: action.confidence, due: action.due, evidence: action.evidenceOfImpact
    )
  }

  /// The version of a stored action exported as `shown` (its free text anonymised): the state of
  /// what is stored, the editable cells as the file shows them.
  public init(stored: TrackerAction, shown: TrackerAction) {
    state = Self.stateHash(stored)
    cells = TrackerVersion(shown).cells
  }

  /// Reads a version cell, or nil if it is not one cfag wrote.
  public init?(parsing text: String) {
    let parts = text.trimmingWhitespace.lowercased().dropFirst().split(separator: "-")
    guard text.trimmingWhitespace.lowercased().hasPrefix("v"), parts.count == 2,
      parts.allSatisfy({ $0.count == 8 && $0.allSatisfy(\.isHexDigit) })
    else { return nil }
    state = String(parts[0])
    cells = String(parts[1])
  }

  public var description: String { "v\(state)-\(cells)" }

  /// The hash of the whole stored action: any change to it changes this.
  public static func stateHash(_ action: TrackerAction) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return fnv1a(Array((try? encoder.encode(action)) ?? Data()))
  }

  /// The hash of the cells an agency may edit, normalised as the import reads them.
  public static func cellsHash(status: ActionStatus, confidence: Confidence, due: Day, evidence: String)
    -> String
  {
    fnv1a(
      Array(
        [status.rawValue, confidence.rawValue, due.iso, normalised(evidence)].joined(separator: "\u{1F}").utf8
      ))
  }

  /// Text with line endings as LF and surrounding whitespace trimmed, as a spreadsheet may save it.
  static func normalised(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .trimmingWhitespace
  }

  /// 32-bit FNV-1a, as 8 hex digits: a change detector, not a secret.
  static func fnv1a(_ bytes: [UInt8]) -> String {
    var hash: UInt32 = 0x811c_9dc5
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
