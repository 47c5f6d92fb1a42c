import CPQ

/// Connection strings read the way libpq reads them, without connecting.
public enum PGConnectionInfo {
  /// Whether `text` is a PostgreSQL URI (`postgresql://` or `postgres://`) rather than a file path.
  public static func isPostgresURI(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
  }

  /// The options a URI or `key=value` string sets (`host`, `dbname`, `user`, `password` ...), as
  /// libpq parses them; throws libpq's message for a malformed one, with any password masked.
  public static func parse(_ uri: String) throws(PGError) -> [String: String] {
    let pq = try LibPQ.load()
    var message: UnsafeMutablePointer<CChar>?
    guard let options = pq.conninfoParse(uri, &message) else {
      let text = PGError.text(message) ?? "not a PostgreSQL connection string (out of memory?)"
      if let message { pq.freemem(message) }
      throw PGError(message: text).masking(secrets(in: uri))
    }
    defer { pq.conninfoFree(options) }
    var parsed: [String: String] = [:]
    var option = options
    while let keyword = option.pointee.keyword {
      if let value = option.pointee.val { parsed[String(cString: keyword)] = String(cString: value) }
      option += 1
    }
    return parsed
  }

  /// Every form a password may take in `uri`, to mask in messages: as parsed, and as written in
  /// the URI's user information or `password=` parameter (libpq quotes parts of a malformed URI).
  static func secrets(in uri: String) -> [String] {
    var secrets: [String] = []
    if let pq = try? LibPQ.load() {
      var message: UnsafeMutablePointer<CChar>?
      if let options = pq.conninfoParse(uri, &message) {
        var option = options
        while let keyword = option.pointee.keyword {
          if String(cString: keyword) == "password", let value = option.pointee.val {
            secrets.append(String(cString: value))
          }
          option += 1
        }
        pq.conninfoFree(options)
      }
      if let message { pq.freemem(message) }
    }
    if let scheme = uri.firstRange(of: "://") {
      let authority = uri[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
      if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
        secrets.append(String(authority[authority.index(after: colon)..<at]))
      }
    }
    for part in uri.split(whereSeparator: { "?&; \t\n".contains($0) }) where part.hasPrefix("password=") {
      secrets.append(String(part.dropFirst("password=".count)))
    }
    return secrets.filter { !$0.isEmpty }
  }
}

extension PGError {
  /// The error with each of `secrets` replaced by `***` in its text.
  func masking(_ secrets: [String]) -> PGError {
    var error = self
    for secret in secrets.sorted(by: { $0.count > $1.count }) where !secret.isEmpty {
      error.message = error.message.replacing(secret, with: "***")
      error.detail = error.detail?.replacing(secret, with: "***")
      error.hint = error.hint?.replacing(secret, with: "***")
    }
    return error
  }
}
