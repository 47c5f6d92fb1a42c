import CFAGDomain
import CFAGInterchange
import CFAGOutput
import Foundation
import Testing

/// Fills a Word return form as Word does when a person picks from a drop-down or types in a box:
/// the field's placeholder run is replaced by the text and its placeholder mark goes.
enum WordFill {
  static func document(_ bytes: [UInt8]) throws -> String {
    let entries = try ZipArchive.read(Data(bytes))
    return String(
      decoding: try #require(entries.first { $0.name == "word/document.xml" }).data, as: UTF8.self)
  }

  static func replacingDocument(_ bytes: [UInt8], _ edit: (String) -> String) throws -> [UInt8] {
    var entries = try ZipArchive.read(Data(bytes))
    let index = try #require(entries.firstIndex { $0.name == "word/document.xml" })
    entries[index].data = Data(edit(String(decoding: entries[index].data, as: UTF8.self)).utf8)
    return [UInt8](try ZipArchive.write(entries))
  }

  static func fill(_ bytes: [UInt8], _ answers: [String: String]) throws -> [UInt8] {
    try replacingDocument(bytes) { xml in
      var xml = xml
      for (field, text) in answers {
        guard let tag = xml.range(of: "<w:tag w:val=\"\(field)\"/>") else {
          Issue.record("no field \(field)")
          continue
        }
        let propertiesEnd = xml.range(of: "</w:sdtPr>", range: tag.lowerBound..<xml.endIndex)!
        let properties = xml[tag.lowerBound..<propertiesEnd.lowerBound].replacingOccurrences(
          of: "<w:showingPlcHdr/>", with: "")
        let contentStart = xml.range(of: "<w:sdtContent>", range: propertiesEnd.upperBound..<xml.endIndex)!
        let contentEnd = xml.range(of: "</w:sdtContent>", range: contentStart.upperBound..<xml.endIndex)!
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
          "<w:r><w:t xml:space=\"preserve\">\(XML.escape(String($0)))</w:t></w:r>"
        }
        xml =
          String(xml[..<tag.lowerBound]) + properties
          + String(xml[propertiesEnd.lowerBound..<contentStart.upperBound])
          + runs.joined(separator: "<w:r><w:br/></w:r>") + String(xml[contentEnd.lowerBound...])
      }
      return xml
    }
  }

  /// Every field of MC-1001 answered, MC-1002 not involved, in the drop-downs' own words.
  static let complete: [String: String] = [
    "CFAG-2026-01 MC-1001 involved": "Yes",
    "CFAG-2026-01 MC-1001 known_because": "Domestic abuse notification, 2026",
    "CFAG-2026-01 MC-1001 q:history": "Partly",
    "CFAG-2026-01 MC-1001 note:history": "No chronology, but previous referrals were read",
    "CFAG-2026-01 MC-1001 q:seen": "Seen twice at school,\nonce alone",
    "CFAG-2026-01 MC-1001 domain:assessment": "Requires improvement",
    "CFAG-2026-01 MC-1001 grade": "Requires improvement",
    "CFAG-2026-01 MC-1002 involved": "No",
  ]
}

struct ReturnWordFormTests {
  let template: [UInt8]

  init() throws { template = try ReturnFormat.docx.template(ReturnFixture.form) }

  func assemble(_ bytes: [UInt8]) throws(ImportProblems) -> AssembledReturns {
    try ReturnFixture.assembler.assemble(ReturnFormat.docx.read(bytes), file: "police.docx")
  }

  func problems(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try assemble(bytes)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func theTemplateIsAProtectedFormWithATaggedLockedControlPerField() throws {
    let entries = try ZipArchive.read(Data(template))
    let settings = String(
      decoding: try #require(entries.first { $0.name == "word/settings.xml" }).data, as: UTF8.self)
    #expect(settings.contains("<w:documentProtection w:edit=\"forms\" w:enforcement=\"1\"/>"))
    let xml = try WordFill.document(template)
    // Per case: involved, 5 texts, 2 "does not apply", history + its evidence, seen, 2 domain grades, grade.
    #expect(xml.components(separatedBy: "<w:tag ").count - 1 == 2 * 14)
    #expect(xml.components(separatedBy: "<w:lock w:val=\"sdtLocked\"/>").count - 1 == 2 * 14)
    #expect(xml.contains("<w:tag w:val=\"CFAG-2026-01 MC-1002 q:history\"/>"))
    #expect(xml.contains("<w:t>CFAG-2026-01 MC-1002 q:history</w:t>"))
    #expect(xml.contains("<w:listItem w:displayText=\"Partly\" w:value=\"Partly\"/>"))
    #expect(xml.contains("<w:t>cfag-return CFAG-2026-01 kent-police</w:t>"))
    #expect(try ReturnFormat.docx.template(ReturnFixture.form) == template)
  }

  @Test func anUnfilledTemplateIsRefusedAsSent() throws {
    let filled = ReturnFormat.docx.read(template)
    #expect(filled.audit?.text == "CFAG-2026-01" && filled.agency?.text == "kent-police")
    #expect(filled.entries.count == 28 && filled.entries.allSatisfy { $0.value.isEmpty })
    #expect(
      problems(template) == [
        "police.docx: answers: nothing is filled in: this is the template as it was sent; fill it in, then import it"
      ])
  }

  @Test func aFilledFormComesBackWithTheChoiceAndItsEvidenceTogether() throws {
    let assembled = try assemble(WordFill.fill(template, WordFill.complete))
    #expect(assembled.agency.id == "kent-police")
    let first = assembled.returns[0]
    #expect(
      first.answers["history"]
        == Answer(choice: .partly, text: "No chronology, but previous referrals were read"))
    #expect(first.answers["seen"]?.text == "Seen twice at school,\nonce alone")
    #expect(first.domainGrades == ["assessment": .graded(.requiresImprovement)])
    #expect(first.overallGrade == .requiresImprovement)
    #expect(first.isComplete(in: ReturnFixture.theme))
    #expect(!assembled.returns[1].involved)
  }

  @Test func aHalfFilledCaseIsADraftAndASectionCanBeMarkedNotApplicable() throws {
    var answers = WordFill.complete
    answers["CFAG-2026-01 MC-1001 q:seen"] = nil
    answers["CFAG-2026-01 MC-1001 grade"] = nil
    answers["CFAG-2026-01 MC-1002 involved"] = "Yes"
    answers["CFAG-2026-01 MC-1002 known_because"] = "Custody record"
    answers["CFAG-2026-01 MC-1002 na:assessment"] = "Does not apply"
    answers["CFAG-2026-01 MC-1002 q:seen"] = "Not seen: no contact"
    answers["CFAG-2026-01 MC-1002 grade"] = "Good"
    let assembled = try assemble(WordFill.fill(template, answers))
    #expect(assembled.returns[0].missing(in: ReturnFixture.theme) == [.answer("seen"), .overallGrade])
    #expect(assembled.returns[1].notApplicable == ["assessment"])
    #expect(assembled.returns[1].isComplete(in: ReturnFixture.theme))
  }

  @Test func placeholderTextLeftInAFieldReadsAsBlank() throws {
    // LibreOffice drops the placeholder mark on save but keeps the placeholder's text.
    let resaved = try WordFill.replacingDocument(WordFill.fill(template, WordFill.complete)) {
      $0.replacingOccurrences(of: "<w:showingPlcHdr/>", with: "")
    }
    let assembled = try assemble(resaved)
    #expect(assembled.returns[0].workDone.isEmpty && assembled.returns[0].strengths.isEmpty)
  }

  @Test func aWrongAnswerATamperedTagAndAnUnknownIdAreNamedByCaseAndQuestion() throws {
    var answers = WordFill.complete
    answers["CFAG-2026-01 MC-1001 q:history"] = "maybe"
    #expect(
      problems(try WordFill.fill(template, answers)) == [
        "police.docx: MC-1001, question history: \"maybe\" is not yes/partly/no/n/a"
      ])
    let filled = try WordFill.fill(template, WordFill.complete)
    let tampered = try WordFill.replacingDocument(filled) {
      $0.replacingOccurrences(
        of: "<w:tag w:val=\"CFAG-2026-01 MC-1001 q:history\"/>",
        with: "<w:tag w:val=\"CFAG-2026-01 MC-1002 q:history\"/>")
    }
    #expect(
      problems(tampered) == [
        "police.docx: MC-1001, question history: the field's tag \"CFAG-2026-01 MC-1002 q:history\" does not match "
          + "its row: it was altered; start from a fresh template"
      ])
    let unknown = try WordFill.replacingDocument(filled) {
      $0.replacingOccurrences(of: "CFAG-2026-01 MC-1001 q:history", with: "CFAG-2026-01 MC-1001 q:made-up")
    }
    #expect(
      problems(unknown).contains(
        "police.docx: MC-1001, question made-up: is not a question of theme child-in-need"))
    let otherAudit = try WordFill.replacingDocument(filled) {
      $0.replacingOccurrences(of: "CFAG-2026-01", with: "CFAG-2025-04")
    }
    #expect(
      problems(otherAudit).first
        == "police.docx: audit: the file is a return for \"CFAG-2025-04\", not CFAG-2026-01")
  }

  @Test func aFileThatIsNotAFormIsRefused() throws {
    #expect(
      problems(Array("not a zip".utf8)).first?.hasPrefix(
        "police.docx: the file is not a readable Word document") == true)
    let report = try WordFill.replacingDocument(template) {
      $0.replacingOccurrences(of: "cfag-return CFAG-2026-01 kent-police", with: "")
    }
    #expect(problems(report).first?.contains("the file is not a cfag return form") == true)
  }

  @Test func aDocumentThatIsNotWellFormedIsRefusedWithItsLine() throws {
    let document = try WordFill.document(template)
    let body = try #require(document.range(of: "<w:body>"))
    let line = document[..<body.lowerBound].filter { $0 == "\n" }.count + 1
    let broken = try WordFill.replacingDocument(template) {
      $0.replacingOccurrences(of: "<w:body>", with: "<w:body>&nbsp;")
    }
    #expect(
      problems(broken) == [
        "police.docx: the file is not a readable Word document: its document.xml is not well-formed XML "
          + "(line \(line)): the entity &nbsp; is unknown (XML defines only lt, gt, amp, quot, apos)"
      ])
  }
}
