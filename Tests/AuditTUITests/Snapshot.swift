import Foundation
import TUIKit
import Testing

/// Text snapshots of screens under `__Snapshots__`: the characters, then the style layer.
/// `SNAPSHOT_UPDATE=1 swift test` writes them instead of comparing.
enum Snapshot {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
  }

  static var updating: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_UPDATE"] == "1" }

  static func render(_ buffer: Buffer) -> String {
    buffer.text + "\n--- styles ---\n" + buffer.styleText + "\n"
  }

  /// Compares `buffer` with the stored snapshot `name` (or writes it when updating).
  static func check(_ buffer: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let file = folder.appendingPathComponent("\(name)-\(buffer.size.width)x\(buffer.size.height).txt")
    try compare(render(buffer), file: file, sourceLocation: sourceLocation)
  }

  /// Compares text with a stored file, or writes it when updating.
  static func compare(_ text: String, file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if updating {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let stored = try? String(contentsOf: file, encoding: .utf8)
    #expect(
      stored == text,
      "\(file.lastPathComponent) differs; run SNAPSHOT_UPDATE=1 swift test and review the diff",
      sourceLocation: sourceLocation)
  }
}
