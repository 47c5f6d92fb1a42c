import CFAGDomain
import CFAGOutput
import Foundation

extension ReturnWordForm {
  /// The blank Word form for an agency: a cover with the audit, theme, deadline and how to fill
  /// it in, then one section per case.
  public static func template(_ form: ReturnForm) throws -> [UInt8] {
    var writer = Writer(form: form)
    let parts = [
      ("[Content_Types].xml", OOXMLPackage.contentTypes(.settings)),
      ("_rels/.rels", OOXMLPackage.packageRelationships),
      ("word/_rels/document.xml.rels", OOXMLPackage.documentRelationships(.settings)),
      ("word/styles.xml", styles),
      ("word/settings.xml", settings),
      ("word/document.xml", writer.document()),
    ]
    return [UInt8](try OOXMLPackage.zip(parts))
  }

  /// Only the fields can be edited: Word's "filling in forms" restriction, without a password, so
  /// it guards against accidental edits, not against a determined one.
  static let settings = OOXMLPackage.part(
    "w:settings", ["<w:documentProtection w:edit=\"forms\" w:enforcement=\"1\"/>"])

  static let styles = OOXMLPackage.part(
    "w:styles",
    [
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
        + "<w:sz w:val=\"21\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"80\"/></w:pPr></w:pPrDefault></w:docDefaults>",
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>",
      style("Title", "Title", size: 36, before: 0, after: 200),
      style("Heading1", "heading 1", size: 28, before: 0, after: 120, outline: 0),
      style("Heading2", "heading 2", size: 24, before: 240, after: 80, outline: 1),
      "<w:style w:type=\"paragraph\" w:styleId=\"Bullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"360\"/></w:tabs><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:style>",
      "<w:style w:type=\"paragraph\" w:styleId=\"Guidance\"><w:name w:val=\"Guidance\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:spacing w:before=\"40\" w:after=\"0\"/></w:pPr><w:rPr><w:color w:val=\"505A5F\"/>"
        + "<w:sz w:val=\"18\"/></w:rPr></w:style>",
    ])

  static func style(_ id: String, _ name: String, size: Int, before: Int, after: Int, outline: Int? = nil)
    -> String
  {
    "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:keepNext/><w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
      + (outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")
      + "</w:pPr><w:rPr><w:b/><w:sz w:val=\"\(size)\"/></w:rPr></w:style>"
  }

  /// Builds `document.xml`, numbering the content controls as it goes.
  struct Writer {
    let form: ReturnForm
    var nextID = 1

    /// Widths in twentieths of a point: the hidden id, the question, the field (A4, 2 cm margins).
    static let widths = [113, 4800, 4730]

    mutating func document() -> String {
      var body = cover()
      for reference in form.cases { body += caseSection(reference) }
      body.append(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
          + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
          + "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>")
      return OOXMLPackage.part("w:document", ["<w:body>"] + body + ["</w:body>"])
    }

    func cover() -> [String] {
      let theme = form.theme
      let facts = [
        ("Theme", theme.title), ("Agency", form.agency.name),
        ("Return by", form.due?.iso ?? "the date the business manager gave"),
        ("Cases", "\(form.cases.count): " + form.cases.map(\.value).joined(separator: ", ")),
      ]
      let rows =
        [
          row(
            id: ReturnWordForm.formID(form.auditID, form.agency), label: "Audit",
            field: run("\(form.auditID) — \(form.auditTitle)"))
        ] + facts.map { row(id: nil, label: $0.0, field: run($0.1)) }
      let choices = "Choose from the drop-down lists (Yes, Partly, No or N/A)"
      let grades = Grade.allCases.compactMap { grade in
        theme.gradeDescriptors[grade].map { paragraph("\(grade.label): \($0)", style: "Guidance") }
      }
      return [
        paragraph("Agency return: \(theme.title)", style: "Title"),
        table(rows),
        paragraph("How to fill this in", style: "Heading2"),
      ]
        + [
          "This form is your agency's audit of its own records on each case. Only the answer boxes in the "
            + "right-hand column can be changed: the rest is protected so it is not altered by accident.",
          "For each case, say first whether your agency was involved with the child. If it was not, "
            + "choose No and leave the rest of that case blank.",
          "\(choices), and write your evidence in the box below each answer. "
            + "\"What good looks like\" under each question is the standard the panel will use.",
          "If a whole section does not apply to your agency's work with the child (for example, no child "
            + "protection plan), choose \"Does not apply\" at the top of the section and leave its questions blank.",
          "You may return the form part-filled: it is kept as a draft, and the cases still to finish are "
            + "listed in the chase list. Send it back by the date above, saved as a Word document (.docx).",
          "Do not name the child or family anywhere: use the case reference only.",
        ].map { paragraph("•\t" + $0, style: "Bullet") }
        + (grades.isEmpty ? [] : [paragraph("The grades", style: "Heading2")] + grades)
    }

    mutating func caseSection(_ reference: CaseReference) -> [String] {
      let theme = form.theme
      var body = [
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/></w:pPr>\(run("Case \(reference.value)"))</w:p>",
        paragraph(form.whyAsked(reference)),
        paragraph("Your agency's involvement", style: "Heading2"),
      ]
      var rows = [
        row(reference, .involved, "Was your agency involved with this child?", choices: ["Yes", "No"])
      ]
      for item in [ReturnItem.knownBecause, .workDone, .strengths, .gaps, .voice] {
        rows.append(row(reference, item, item.prompt(in: theme)))
      }
      body.append(table(rows))
      for domain in theme.domains {
        body.append(paragraph(domain.title, style: "Heading2"))
        var rows = [
          row(
            reference, .notApplicable(domain.id),
            "Does this section apply to your agency's work with the child?",
            choices: ["Applies", "Does not apply"])
        ]
        for question in domain.questions {
          let guidance = question.guidance.isEmpty ? nil : "What good looks like: \(question.guidance)"
          if question.answerType == .text {
            rows.append(row(reference, .answer(question.id), question.text, guidance: guidance))
          } else {
            rows.append(
              row(
                reference, .answer(question.id), question.text, guidance: guidance,
                choices: question.answerType.options.map(Self.word)))
            rows.append(row(reference, .evidence(question.id), "Your evidence"))
          }
        }
        rows.append(
          row(
            reference, .domainGrade(domain.id), "Your agency's grade for \(domain.title)",
            choices: Grade.allCases.map(\.label) + ["N/A"]))
        body.append(table(rows))
      }
      body.append(paragraph("Your overall grade", style: "Heading2"))
      body.append(
        table([
          row(
            reference, .overallGrade, "Your overall grade for your agency's work on this case",
            guidance: form.theme.gradeDescriptors.isEmpty
              ? nil : "The grades are described on the first page.",
            choices: Grade.allCases.map(\.label))
        ]))
      return body
    }

    /// How a choice reads in a drop-down: "Yes", "Partly", "No", "N/A".
    static func word(_ choice: Answer.Choice) -> String {
      choice == .notApplicable ? "N/A" : choice.rawValue.prefix(1).uppercased() + choice.rawValue.dropFirst()
    }

    mutating func row(
      _ reference: CaseReference, _ item: ReturnItem, _ label: String, guidance: String? = nil,
      choices: [String]? = nil
    ) -> String {
      let id = ReturnWordForm.fieldID(form.auditID, reference, item)
      let field = choices.map { dropDown(id, $0) } ?? textField(id)
      return row(id: id, label: label, guidance: guidance, field: field)
    }

    func row(id: String?, label: String, guidance: String? = nil, field: String) -> String {
      let hidden = id.map {
        "<w:r><w:rPr><w:vanish/><w:sz w:val=\"2\"/></w:rPr><w:t>\(XML.escape($0))</w:t></w:r>"
      }
      let labelXML =
        "<w:p>\(run(label, bold: true))</w:p>"
        + (guidance.map { "<w:p><w:pPr><w:pStyle w:val=\"Guidance\"/></w:pPr>\(run($0))</w:p>" } ?? "")
      return "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + cell(0, "<w:p>\(hidden ?? "")</w:p>", shade: nil) + cell(1, labelXML, shade: "F3F2F1")
        + cell(2, "<w:p>\(field)</w:p>", shade: id == nil ? nil : "FFFFFF") + "</w:tr>"
    }

    func cell(_ column: Int, _ content: String, shade: String?) -> String {
      let fill = shade.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
      return
        "<w:tc><w:tcPr><w:tcW w:w=\"\(Self.widths[column])\" w:type=\"dxa\"/>\(fill)</w:tcPr>\(content)</w:tc>"
    }

    func table(_ rows: [String]) -> String {
      let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B1B4B6\""
      return "<w:tbl><w:tblPr><w:tblW w:w=\"\(Self.widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        + Self.widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>" + rows.joined()
        + "</w:tbl>" + "<w:p/>"
    }

    /// A drop-down content control, tagged and locked, showing its placeholder.
    mutating func dropDown(_ id: String, _ choices: [String]) -> String {
      let items = choices.map {
        "<w:listItem w:displayText=\"\(XML.escape($0))\" w:value=\"\(XML.escape($0))\"/>"
      }
      return control(
        id, kind: "<w:dropDownList>\(items.joined())</w:dropDownList>", ReturnWordForm.choicePlaceholder)
    }

    /// A rich text content control, tagged and locked: LibreOffice keeps the line breaks typed in
    /// one, where it joins the lines of a plain text control when it saves.
    mutating func textField(_ id: String) -> String {
      control(id, kind: "", ReturnWordForm.textPlaceholder)
    }

    mutating func control(_ id: String, kind: String, _ placeholder: String) -> String {
      defer { nextID += 1 }
      return "<w:sdt><w:sdtPr><w:tag w:val=\"\(XML.escape(id))\"/><w:id w:val=\"\(nextID)\"/>"
        + "<w:lock w:val=\"sdtLocked\"/><w:showingPlcHdr/>\(kind)</w:sdtPr><w:sdtContent>"
        + "<w:r><w:rPr><w:color w:val=\"757575\"/></w:rPr><w:t>\(placeholder)</w:t></w:r></w:sdtContent></w:sdt>"
    }

    func paragraph(_ text: String, style: String? = nil) -> String {
      let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
      return "<w:p>\(properties)\(run(text))</w:p>"
    }

    /// A run; tabs become Word tabs.
    func run(_ text: String, bold: Bool = false) -> String {
      let pieces = text.split(separator: "\t", omittingEmptySubsequences: false).map {
        "<w:t xml:space=\"preserve\">\(XML.escape(String($0)))</w:t>"
      }
      return "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")\(pieces.joined(separator: "<w:tab/>"))</w:r>"
    }
  }
}
