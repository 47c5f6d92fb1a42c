import Foundation

/// A new, empty folder under the system's temporary folder, for one test; the test removes it.
func temporaryFolder() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("cfag-output-\(UUID().uuidString)")
    .path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}
