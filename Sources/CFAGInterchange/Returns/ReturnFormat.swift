import CFAGDomain

/// The two forms of a return file.
public enum ReturnFormat: String, Sendable, CaseIterable {
  case csv
  case markdown = "md"

  /// The format a file's name says: `.md` / `.markdown` / `.txt` is Markdown, anything else CSV.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    self = [".md", ".markdown", ".txt"].contains { lower.hasSuffix($0) } ? .markdown : .csv
  }

  /// The blank form for an agency.
  public func template(_ form: ReturnForm) -> [UInt8] {
    switch self {
    case .csv: ReturnTemplate.csv(form)
    case .markdown: Array(ReturnTemplate.markdown(form).utf8)
    }
  }

  /// Reads a filled form.
  public func read(_ bytes: [UInt8]) -> FilledReturn {
    switch self {
    case .csv: FilledReturn.csv(bytes)
    case .markdown: FilledReturn.markdown(bytes: bytes)
    }
  }
}
