/// A word set diagonally behind the text of every page, as Word draws its own watermarks (a VML
/// text shape in the header, which LibreOffice reads as a watermark too).
enum DOCXWatermark {
  static func paragraph(_ word: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:pict>" + shapeType
      + "<v:shape id=\"PowerPlusWaterMarkObject1\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\" "
      + "style=\"position:absolute;margin-left:0;margin-top:0;width:440pt;height:140pt;rotation:315;"
      + "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
      + "mso-position-vertical:center;mso-position-vertical-relative:margin\" o:allowincell=\"f\" "
      + "fillcolor=\"#f3c6ca\" stroked=\"f\"><v:fill opacity=\".5\"/>"
      + "<v:textpath style=\"font-family:&quot;Arial&quot;;font-size:1pt\" string=\"\(word)\"/></v:shape>"
      + "</w:pict></w:r></w:p>"
  }

  /// Word's shape type 136 (plain text on a path), which a watermark shape refers to.
  static let shapeType =
    "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" "
    + "path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas>"
    + [
      "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
      "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7",
      "sum @6 0 @5",
    ].map { "<v:f eqn=\"\($0)\"/>" }.joined()
    + "</v:formulas><v:path textpathok=\"t\" o:connecttype=\"custom\" "
    + "o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
    + "<v:textpath on=\"t\" fitshape=\"t\"/><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
}
