import Foundation
import Testing

/// No text crosses a box's border on any stored screen snapshot (80×24, 120×40 and 200×50).
@Suite struct BorderScanTests {
  @Test func theScanFindsTextOverARightBorder() {
    let screen = """
      ┌─ Case ─────┐
      │ fits       │
      │ runs over th│e edge
      └────────────┘
      """
    #expect(BorderScan.crossings(in: screen).count == 1)
    #expect(
      BorderScan.crossings(in: screen.replacingOccurrences(of: "runs over th│e edge", with: "runs over  │"))
        .isEmpty)
  }

  @Test func noSnapshotHasTextOverABorder() throws {
    let files = try FileManager.default.contentsOfDirectory(
      at: Snapshot.folder, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "txt" }
    #expect(files.count > 20)
    for file in files.sorted(by: { $0.path < $1.path }) {
      let text = try String(contentsOf: file, encoding: .utf8)
      let screen = text.components(separatedBy: "\n--- styles ---\n").first ?? text
      let crossings = BorderScan.crossings(in: screen)
      #expect(crossings.isEmpty, "\(file.lastPathComponent): \(crossings.joined(separator: "\n"))")
    }
  }
}
