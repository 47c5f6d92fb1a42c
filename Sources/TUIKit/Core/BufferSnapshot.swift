extension Buffer {
  /// The grid as plain lines with trailing spaces trimmed, for snapshot tests.
  public var text: String {
    (0..<size.height).map { line($0) }.joined(separator: "\n")
  }

  /// Row `y` as plain text with trailing spaces trimmed.
  public func line(_ y: Int) -> String {
    var row = ""
    for x in 0..<size.width where !self[x, y].isContinuation { row += self[x, y].text }
    while row.last == " " { row.removeLast() }
    return row
  }

  /// A second snapshot layer: each cell shows a letter naming its style (`.` for plain), and a
  /// legend lists the letters, in order of first appearance, e.g. `A = fg:red bold`.
  public var styleText: String {
    var letters: [Style: Character] = [:]
    var legend: [String] = []
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    var rows: [String] = []
    for y in 0..<size.height {
      var row = ""
      for x in 0..<size.width {
        let style = self[x, y].style
        if style == .plain {
          row.append(".")
          continue
        }
        if letters[style] == nil {
          let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
          letters[style] = letter
          legend.append("\(letter) = \(style)")
        }
        row.append(letters[style] ?? "?")
      }
      while row.last == "." { row.removeLast() }
      rows.append(row)
    }
    return (rows + legend).joined(separator: "\n")
  }
}
