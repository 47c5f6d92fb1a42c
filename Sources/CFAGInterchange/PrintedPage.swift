import CFAGOutput

/// The print rules every pack shares: the protective marking at the head and foot of every
/// printed page, "Page N of M", and the marking line shown on screen but not printed twice.
enum PrintedPage {
  static func rules(marking: String?) -> String {
    let boxes = marking.map {
      let text = CSSText.string($0)
      return "@top-center{content:\"\(text)\";font:bold 9pt Arial,sans-serif;color:#b10e1e}"
        + "@bottom-center{content:\"\(text)\";font:bold 9pt Arial,sans-serif;color:#b10e1e}"
    }
    return "\n@page{size:A4;\(boxes ?? "")"
      + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:9pt Arial,sans-serif}}"
      + "\n.marking{text-align:center;font-weight:bold;color:#b10e1e}@media print{.marking{display:none}}"
  }

  /// The marking as the page's first and last line on screen.
  static func markingLine(_ marking: String?) -> String? {
    marking.map { "<p class=\"marking\">\(XML.escape($0))</p>" }
  }
}
