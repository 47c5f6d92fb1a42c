import CFAGDomain
import CFAGOutput
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

extension ReturnWordForm {
  /// Reads a filled Word form, as Word or LibreOffice saved it: every field row's id and value,
  /// placeholders read as blank. A field whose content control tag disagrees with its row's id,
  /// or whose id is not of this form, is a problem (the form was altered).
  public static func read(_ bytes: [UInt8]) -> FilledReturn {
    var filled = FilledReturn()
    filled.places = .fields
    let rows: [FieldRow]
    do {
      let entries = try ZipArchive.read(Data(bytes))
      guard let document = entries.first(where: { $0.name == "word/document.xml" }) else {
        filled.problem(1, "the file is not a Word document (it has no word/document.xml)")
        return filled
      }
      rows = try FieldRowParser.rows(document.data)
    } catch {
      filled.problem(1, "the file is not a readable Word document: \(error)")
      return filled
    }
    guard let formRow = rows.first(where: { $0.id.hasPrefix(formMark + " ") }) else {
      filled.problem(
        1, "the file is not a cfag return form (its form id is missing); start from a template cfag made")
      return filled
    }
    let form = formRow.id.split(separator: " ").map(String.init)
    guard form.count == 3 else {
      filled.problem(1, "the form's id \"\(formRow.id)\" has been altered; start from a fresh template")
      return filled
    }
    filled.audit = FilledReturn.Located(line: 1, text: form[1])
    filled.agency = FilledReturn.Located(line: 1, text: form[2])
    for (offset, row) in rows.enumerated() where row.id != formRow.id {
      let line = offset + 1
      let parts = row.id.split(separator: " ").map(String.init)
      guard parts.count == 3, parts[0] == form[1] else {
        filled.problem(
          line, "a field's id \"\(row.id)\" is not of this form: it was altered; start from a fresh template")
        continue
      }
      let place = "\(parts[1]), \(ReturnAssembler.fieldWords(parts[2]))"
      if let tag = row.tags.first(where: { $0 != row.id }) {
        filled.problem(
          line,
          "\(place): the field's tag \"\(tag)\" does not match its row: it was altered; start from a fresh template"
        )
        continue
      }
      let value = row.showingPlaceholder || placeholders.contains(row.value) ? "" : row.value
      if let message = ImportLimits.problem(field: value) {
        filled.problem(line, "\(place): the answer \(message)")
        continue
      }
      filled.entries.append(FilledReturn.Entry(line: line, reference: parts[1], key: parts[2], value: value))
    }
    return filled
  }

  /// A table row whose first cell is hidden text: a field's id, its value, and the tags of the
  /// content controls in its last cell.
  struct FieldRow: Equatable {
    var id: String
    var value: String
    var tags: [String]
    var showingPlaceholder: Bool
  }
}

/// Walks `document.xml` with Foundation's parser, collecting the field rows of top-level tables.
final class FieldRowParser: NSObject, XMLParserDelegate {
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
    let delegate = FieldRowParser()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    guard parser.parse() else {
      throw WordFormError(
        "its document.xml is not well-formed XML (line \(parser.lineNumber)): "
          + (parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"))
    }
    return delegate.rows
  }

  private static func flag(_ attributes: [String: String]) -> Bool {
    let value = attributes.first { $0.key == "val" || $0.key.hasSuffix(":val") }?.value
    return value.map { !["false", "0", "off"].contains($0) } ?? true
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard namespaceURI == OOXMLPackage.wordNamespace else { return }
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
      if let value = attributes.first(where: { $0.key == "val" || $0.key.hasSuffix(":val") })?.value {
        cell?.tags.append(value)
      }
    case "showingPlcHdr" where inControlProperties: cell?.showingPlaceholder = Self.flag(attributes)
    default: break
    }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    guard namespaceURI == OOXMLPackage.wordNamespace else { return }
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

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { append(string) }
  }

  private func append(_ text: String) {
    guard cell != nil else { return }
    if cell!.paragraphs.isEmpty { cell!.paragraphs.append("") }
    cell!.paragraphs[cell!.paragraphs.count - 1] += text
    if hiddenRun { cell!.hiddenCharacters += text.count } else { cell!.shownCharacters += text.count }
  }
}

/// Why a Word form could not be read.
struct WordFormError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
