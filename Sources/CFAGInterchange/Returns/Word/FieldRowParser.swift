import CFAGOutput
import Foundation

/// Walks `document.xml` with the XML reader, collecting the field rows of top-level tables.
struct FieldRowParser {
  private struct Cell {
    var paragraphs: [String] = []
    var hiddenCharacters = 0
    var shownCharacters = 0
    var tags: [String] = []
    var showingPlaceholder = false

    var text: String { paragraphs.joined(separator: "\n").trimmingWhitespace }
  }

  private var rows: [ReturnWordForm.FieldRow] = []
  private var tableDepth = 0
  private var cells: [Cell]?
  private var cell: Cell?
  private var inRunProperties = false
  private var hiddenRun = false
  private var inText = false
  private var inControlProperties = false

  static func rows(_ data: Data) throws -> [ReturnWordForm.FieldRow] {
    var parser = FieldRowParser()
    do throws(XMLReadError) {
      var reader = try XMLReader([UInt8](data))
      while let event = try reader.next() {
        switch event {
        case .start(let name, let attributes) where name.namespace == OOXMLPackage.wordNamespace:
          parser.start(name.local, attributes)
        case .end(let name) where name.namespace == OOXMLPackage.wordNamespace: parser.end(name.local)
        case .text(let text) where parser.inText: parser.append(text)
        default: break
        }
      }
    } catch {
      throw WordFormError("its document.xml is not well-formed XML (line \(error.line)): \(error.reason)")
    }
    return parser.rows
  }

  /// The value of the attribute `val`, in whatever namespace.
  private static func value(_ attributes: [XMLReader.Attribute]) -> String? {
    attributes.first { $0.name.local == "val" }?.value
  }

  private static func flag(_ attributes: [XMLReader.Attribute]) -> Bool {
    value(attributes).map { !["false", "0", "off"].contains($0) } ?? true
  }

  private mutating func start(_ name: String, _ attributes: [XMLReader.Attribute]) {
    switch name {
    case "tbl": tableDepth += 1
    case "tr" where tableDepth == 1: cells = []
    case "tc" where tableDepth == 1: cell = Cell()
    case "p" where tableDepth == 1: cell?.paragraphs.append("")
    case "r": hiddenRun = false
    case "rPr": inRunProperties = true
    case "vanish" where inRunProperties: hiddenRun = Self.flag(attributes)
    case "t": inText = true
    case "tab" where !inRunProperties: append("\t")
    case "br", "cr": append("\n")
    case "sdtPr": inControlProperties = true
    case "tag" where inControlProperties:
      if let value = Self.value(attributes) { cell?.tags.append(value) }
    case "showingPlcHdr" where inControlProperties: cell?.showingPlaceholder = Self.flag(attributes)
    default: break
    }
  }

  private mutating func end(_ name: String) {
    switch name {
    case "tbl": tableDepth -= 1
    case "tc" where tableDepth == 1:
      if let cell { cells?.append(cell) }
      cell = nil
    case "tr" where tableDepth == 1:
      if let cells, cells.count >= 2, cells[0].hiddenCharacters > 0, cells[0].shownCharacters == 0,
        let last = cells.last
      {
        rows.append(
          .init(
            id: cells[0].text, value: last.text, tags: last.tags, showingPlaceholder: last.showingPlaceholder)
        )
      }
      cells = nil
    case "rPr": inRunProperties = false
    case "t": inText = false
    case "sdtPr": inControlProperties = false
    default: break
    }
  }

  private mutating func append(_ text: String) {
    guard cell != nil else { return }
    if cell!.paragraphs.isEmpty { cell!.paragraphs.append("") }
    cell!.paragraphs[cell!.paragraphs.count - 1] += text
    if hiddenRun { cell!.hiddenCharacters += text.count } else { cell!.shownCharacters += text.count }
  }
}
