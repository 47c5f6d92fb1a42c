import Crypto
import Foundation

/// A file's SHA-256 worked out on another thread while the caller goes on: an import hashes the
/// file it logs while it reads the rows, on two cores rather than one after the other.
final class BackgroundDigest: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  /// Written once by the hashing thread before it signals `finished`; read only after that.
  private var hex = ""

  init(of bytes: [UInt8]) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.hex = SHA256.hash(data: bytes).withUnsafeBytes(ChangeChain.hex)
      self.finished.signal()
    }
  }

  /// The digest in lower-case hexadecimal, once the other thread has it.
  var value: String {
    finished.wait()
    defer { finished.signal() }
    return hex
  }
}
