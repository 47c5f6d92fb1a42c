import CFAGDomain
import CFAGOutput
import Foundation

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

/// Why a Word form could not be read.
struct WordFormError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
