import Foundation

/// The package's targets as `swift package describe --type json` reports them, so the rules cover
/// every target, the benchmarks' and the tests' included, wherever their sources live.
struct PackageTargets {
  struct Target: Decodable {
    var name: String
    var path: String
    var type: String
    var sources: [String]?
  }

  var root: URL
  var targets: [Target]

  /// The `swift` driver on PATH, or nil (the tests that need it are then skipped).
  static let swift: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("swift") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs `swift package describe` with its own scratch folder, so it never waits for the lock of
  /// the build running these tests.
  static func load(swift: URL) throws -> PackageTargets {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfag-describe-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let process = Process()
    process.executableURL = swift
    process.arguments = [
      "package", "--package-path", root.path, "--scratch-path", scratch.path, "describe", "--type", "json",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw DescribeFailed(status: process.terminationStatus, folder: root.path)
    }
    struct Description: Decodable { var targets: [Target] }
    return PackageTargets(root: root, targets: try JSONDecoder().decode(Description.self, from: data).targets)
  }

  /// The target's Swift source files.
  func swiftFiles(of target: Target) -> [URL] {
    (target.sources ?? []).filter { $0.hasSuffix(".swift") }.map {
      root.appendingPathComponent(target.path).appendingPathComponent($0)
    }
  }
}

/// `swift package describe` did not describe the package.
struct DescribeFailed: Error, CustomStringConvertible {
  var status: Int32
  var folder: String

  var description: String {
    "swift package describe --type json failed with status \(status); run it in \(folder) to see why"
  }
}
