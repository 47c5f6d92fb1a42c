import CFAGOutput

/// The Word styles, list numbering and settings of a report: Arial throughout, GOV.UK-like sizes.
enum DOCXStyles {
  /// A paragraph style; `extra` holds borders, shading or tabs, which Word's schema puts before
  /// the spacing, and `centred` the justification, which comes after it.
  static func paragraphStyle(
    _ id: String, name: String, size: Int, bold: Bool = false, color: String? = nil, spaceBefore: Int = 0,
    spaceAfter: Int = 120, extra: String = "", centred: Bool = false, keepNext: Bool = false,
    keepLines: Bool = false, outline: Int? = nil
  ) -> String {
    let runProperties =
      (bold ? "<w:b/>" : "") + (color.map { "<w:color w:val=\"\($0)\"/>" } ?? "")
      + "<w:sz w:val=\"\(size)\"/>"
    let outlineLevel = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
    return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>\(keepNext ? "<w:keepNext/>" : "")"
      + (keepLines ? "<w:keepLines/>" : "")
      + "\(extra)<w:spacing w:before=\"\(spaceBefore)\" w:after=\"\(spaceAfter)\"/>"
      + "\(centred ? "<w:jc w:val=\"center\"/>" : "")\(outlineLevel)</w:pPr>"
      + "<w:rPr>\(runProperties)</w:rPr></w:style>"
  }

  static let xml = OOXMLPackage.part(
    "w:styles",
    [
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
        + "<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>",
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
      paragraphStyle("Title", name: "Title", size: 40, bold: true, spaceAfter: 240),
      paragraphStyle(
        "Heading1", name: "heading 1", size: 30, bold: true, spaceBefore: 360, keepNext: true, outline: 0),
      paragraphStyle(
        "Heading2", name: "heading 2", size: 24, bold: true, spaceBefore: 240, keepNext: true, outline: 1),
      paragraphStyle(
        "Heading3", name: "heading 3", size: 22, bold: true, spaceBefore: 200, keepNext: true, outline: 2),
      paragraphStyle(
        "Headline", name: "Headline", size: 26, bold: true, spaceBefore: 120, spaceAfter: 200,
        extra: "<w:pBdr><w:left w:val=\"single\" w:sz=\"36\" w:space=\"8\" w:color=\"1D70B8\"/></w:pBdr>"
          + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F3F2F1\"/>", keepNext: true, keepLines: true),
      paragraphStyle("Mark", name: "Page mark", size: 20, bold: true, color: "B10E1E", spaceAfter: 60),
      paragraphStyle(
        "Marking", name: "Protective marking", size: 20, bold: true, color: "B10E1E", spaceAfter: 60,
        centred: true),
      paragraphStyle("Footer", name: "footer", size: 18, spaceAfter: 0, centred: true),
      paragraphStyle("Note", name: "Note", size: 18, color: "505A5F"),
      paragraphStyle(
        "Caption", name: "caption", size: 20, bold: true, spaceBefore: 120, spaceAfter: 60, keepNext: true),
      paragraphStyle("TableText", name: "Table text", size: 19, spaceAfter: 0),
      paragraphStyle("ListBullet", name: "List Bullet", size: 22, spaceAfter: 60),
      paragraphStyle(
        "ContentsHeading", name: "TOC Heading", size: 30, bold: true, spaceBefore: 240, keepNext: true),
      paragraphStyle("TOC1", name: "toc 1", size: 22, spaceAfter: 60, extra: contentsTab),
    ])

  /// A right-aligned tab with dots for a contents entry's page number.
  static let contentsTab =
    "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(DOCXRenderer.textWidth)\"/></w:tabs>"

  /// The bulleted list every `Block.bullets` uses: Word numbering 1.
  static let numbering = OOXMLPackage.part(
    "w:numbering",
    [
      "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>"
        + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>"
        + "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr></w:lvl></w:abstractNum>",
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
    ])

  /// The settings; when the document has a table of contents, Word updates its fields on opening
  /// so the contents' page numbers are Word's own.
  static func settings(updateFields: Bool) -> String {
    OOXMLPackage.part(
      "w:settings",
      ["<w:defaultTabStop w:val=\"720\"/>", "<w:characterSpacingControl w:val=\"doNotCompress\"/>"]
        + (updateFields ? ["<w:updateFields w:val=\"true\"/>"] : []))
  }
}
