import Foundation

/// Writes CSV (RFC 4180) that Excel opens correctly: UTF-8, optional BOM, CRLF line endings.
///
/// A field is enclosed in quotes (inner quotes doubled) when it contains a comma, a quote,
/// CR or LF, or starts or ends with a space or tab.
///
/// Formula-injection safety: when `Options.neutralisesFormulas` is on (the default), a field
/// starting with `=`, `+`, `-`, `@`, a tab or CR — which Excel might evaluate as a formula —
/// is written quoted with a single quote `'` put in front, e.g. `=SUM(A1)` becomes
/// `"'=SUM(A1)"`. Excel shows such a cell as text. The apostrophe is part of the field when
/// the file is read back (by `CSVReader` too), so `-5` comes back as `'-5`; switch the option
/// off for files meant for other programs rather than spreadsheets.
public struct CSVWriter: Sendable {
  /// How the writer encodes.
  public struct Options: Sendable, Equatable {
    /// Start the output with the UTF-8 byte-order mark, so Excel reads it as UTF-8.
    public var byteOrderMark: Bool
    /// Put `'` in front of fields Excel could take for formulas (see `CSVWriter`).
    public var neutralisesFormulas: Bool

    /// Creates options; by default with a BOM and with formulas neutralised.
    public init(byteOrderMark: Bool = true, neutralisesFormulas: Bool = true) {
      self.byteOrderMark = byteOrderMark
      self.neutralisesFormulas = neutralisesFormulas
    }
  }

  /// The options in use.
  public let options: Options
  /// The encoded output so far.
  public private(set) var bytes: [UInt8] = []

  /// Creates a writer; the BOM, if asked for, is written at once.
  public init(options: Options = Options()) {
    self.options = options
    if options.byteOrderMark {
      bytes = [0xEF, 0xBB, 0xBF]
    }
  }

  /// The encoded output so far as `Data`.
  public var data: Data { Data(bytes) }

  /// Appends one record and its CRLF.
  ///
  /// A record of one empty field (or no fields) is written as `""`, because an empty line
  /// would be skipped as blank when read.
  public mutating func write(_ fields: [String]) {
    if fields.count <= 1 && (fields.first ?? "").isEmpty {
      bytes.append(contentsOf: [Self.quote, Self.quote, 0x0D, 0x0A])
      return
    }
    for (position, field) in fields.enumerated() {
      if position > 0 {
        bytes.append(UInt8(ascii: ","))
      }
      appendField(field)
    }
    bytes.append(contentsOf: [0x0D, 0x0A])
  }

  /// Appends several records.
  public mutating func write(_ records: [[String]]) {
    for record in records {
      write(record)
    }
  }

  /// Encodes records in one go.
  public static func encode(_ records: [[String]], options: Options = Options()) -> [UInt8] {
    var writer = CSVWriter(options: options)
    writer.write(records)
    return writer.bytes
  }

  private static let quote = UInt8(ascii: "\"")

  private mutating func appendField(_ field: String) {
    let utf8 = field.utf8
    guard let first = utf8.first, let last = utf8.last else { return }
    let formula = options.neutralisesFormulas && Self.formulaStarts.contains(first)
    let quoted =
      formula || first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
      || utf8.contains { $0 == Self.quote || $0 == 0x2C || $0 == 0x0A || $0 == 0x0D }
    guard quoted else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(Self.quote)
    if formula {
      bytes.append(UInt8(ascii: "'"))
    }
    for byte in utf8 {
      bytes.append(byte)
      if byte == Self.quote {
        bytes.append(byte)
      }
    }
    bytes.append(Self.quote)
  }

  /// First bytes that make Excel treat a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
  private static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
}
