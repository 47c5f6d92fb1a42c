import CFAGDomain

/// The forms of a return file.
public enum ReturnFormat: String, Sendable, CaseIterable {
  case csv
  case markdown = "md"
  /// A Word form (`ReturnWordForm`), for agencies that fill their audit tool in Word.
  case docx

  /// The format a file's name says: `.docx` is a Word form, `.md` / `.markdown` / `.txt` is
  /// Markdown, anything else CSV.
  public init(fileName: String) {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".docx") {
      self = .docx
    } else {
      self = [".md", ".markdown", ".txt"].contains { lower.hasSuffix($0) } ? .markdown : .csv
    }
  }

  /// The blank form for an agency.
  public func template(_ form: ReturnForm) throws -> [UInt8] {
    switch self {
    case .csv: ReturnTemplate.csv(form)
    case .markdown: Array(ReturnTemplate.markdown(form).utf8)
    case .docx: try ReturnWordForm.template(form)
    }
  }

  /// Reads a filled form.
  public func read(_ bytes: [UInt8]) -> FilledReturn {
    switch self {
    case .csv: FilledReturn.csv(bytes)
    case .markdown: FilledReturn.markdown(bytes: bytes)
    case .docx: ReturnWordForm.read(bytes)
    }
  }
}
